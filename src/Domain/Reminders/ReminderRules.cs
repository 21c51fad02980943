using System.Globalization;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Reminders;

/// <summary>
/// Which reminders are due, given the state and <c>now</c> (跟进提醒规则). Each rule names its recipients: the
/// owner, and for A grades and escalations the supervisor guide or the team's supervisors.
/// </summary>
public static partial class ReminderRules
{
    /// <summary>A-grade customers not followed up today are reminded from this local hour on.</summary>
    public const int GradeATodayFromHour = 15;

    public static IEnumerable<DueReminder> ForPlan(FollowUpPlan plan, Customer customer, Team team, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(team);
        if (plan.Status != FollowUpPlanStatus.Planned || customer.IsArchived)
        {
            yield break;
        }

        var occurrence = Stamp(plan.DueAt);
        if (plan.IsOverdue(now))
        {
            foreach (var recipient in OwnerAndGuide(plan.OwnerId, customer))
            {
                yield return new(ReminderKind.FollowUpOverdue, recipient, customer.Id, plan.Id, $"overdue:{plan.Id:N}:{occurrence}", plan.DueAt,
                    $"Follow-up with {customer.Name} is overdue (due {occurrence} UTC).", $"{customer.Name} 的跟进已逾期（计划时间 {occurrence} UTC）。");
            }
        }
        else if (plan.DueAt - now <= TimeSpan.FromHours(team.Reminders.DueSoonHours))
        {
            yield return new(ReminderKind.FollowUpDueSoon, plan.OwnerId, customer.Id, plan.Id, $"due-soon:{plan.Id:N}:{occurrence}", plan.DueAt.AddHours(-team.Reminders.DueSoonHours),
                $"Follow-up with {customer.Name} is due at {occurrence} UTC.", $"{customer.Name} 的跟进将于 {occurrence} UTC 到期。");
        }
    }

    public static IEnumerable<DueReminder> ForCustomer(Customer customer, Team team, CustomerReminderFacts facts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(facts);
        if (customer.IsArchived || customer.OwnerId is not { } owner)
        {
            return [];
        }

        var today = team.LocalDate(now);
        return KeyDates(customer, team, owner, today)
            .Concat(ProfileDates(customer, team, owner, today))
            .Concat(Staleness(customer, team, owner, now))
            .Concat(FirstFollowUp(customer, team, owner, facts, now))
            .Concat(GradeAToday(customer, team, owner, facts, today, now))
            .Concat(PoolWarning(customer, team, owner, facts, today, now));
    }

    private static IEnumerable<DueReminder> KeyDates(Customer customer, Team team, Guid owner, DateOnly today)
    {
        foreach (var keyDate in customer.KeyDates)
        {
            if (keyDate.NextOccurrence(today) is not { } next)
            {
                continue;
            }

            var contract = keyDate.Kind == KeyDateKind.ContractExpiry;
            var lead = contract ? team.Reminders.ContractExpiryLeadDays : team.Reminders.KeyDateLeadDays;
            if (next.DayNumber - today.DayNumber > lead)
            {
                continue;
            }

            var day = next.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return new(contract ? ReminderKind.ContractExpiring : ReminderKind.KeyDateAhead, owner, customer.Id, keyDate.Id, $"key-date:{keyDate.Id:N}:{day}",
                Cadence.AtLocalDueHour(team, next.AddDays(-lead)),
                $"{customer.Name}: {keyDate.Label} on {day}.", $"{customer.Name}：{keyDate.Label}（{day}）即将到来。");
        }
    }

    private static IEnumerable<DueReminder> Staleness(Customer customer, Team team, Guid owner, DateTimeOffset now)
    {
        // Weekly reviews are for live customers; a lost prospect or a churned customer is not reviewed.
        if (customer.Stage is LifecycleStage.Lost or LifecycleStage.Churned)
        {
            yield break;
        }

        if (customer.GradeReviewIsStale(team.Reminders.GradeReviewStaleDays, now))
        {
            var since = (customer.GradeReviewedAt ?? customer.EnteredAt).AddDays(team.Reminders.GradeReviewStaleDays);
            yield return new(ReminderKind.GradeReviewStale, owner, customer.Id, null, $"grade-review:{customer.Id:N}:{Stamp(since)}", since,
                $"The grade of {customer.Name} has not been reviewed for {team.Reminders.GradeReviewStaleDays} days.", $"{customer.Name} 的分级已 {team.Reminders.GradeReviewStaleDays} 天未复核。");
        }

        if (customer.ContactVerificationIsStale(team.Reminders.ContactVerificationStaleDays, now))
        {
            var since = (customer.ContactVerifiedAt ?? customer.EnteredAt).AddDays(team.Reminders.ContactVerificationStaleDays);
            yield return new(ReminderKind.ContactVerificationStale, owner, customer.Id, null, $"contact-verification:{customer.Id:N}:{Stamp(since)}", since,
                $"Verify the contact details of {customer.Name}.", $"请核对 {customer.Name} 的联系方式。");
        }
    }

    private static IEnumerable<DueReminder> FirstFollowUp(Customer customer, Team team, Guid owner, CustomerReminderFacts facts, DateTimeOffset now)
    {
        var due = customer.FirstContactAt.AddDays(team.Cadence.NewCustomerFirstFollowUpDays);
        if (customer.LastFollowUpAt is not null || now < due || customer.Stage is not (LifecycleStage.Prospect or LifecycleStage.Qualified))
        {
            yield break;
        }

        foreach (var recipient in new[] { owner }.Concat(facts.TeamSupervisorIds).Distinct())
        {
            yield return new(ReminderKind.NewCustomerWithoutFollowUp, recipient, customer.Id, null, $"first-follow-up:{customer.Id:N}", due,
                $"{customer.Name} has had no follow-up a week after first contact.", $"新客户 {customer.Name} 首次接触已满一周仍未跟进。");
        }
    }

    private static IEnumerable<DueReminder> GradeAToday(Customer customer, Team team, Guid owner, CustomerReminderFacts facts, DateOnly today, DateTimeOffset now)
    {
        var from = new DateTimeOffset(today.ToDateTime(new TimeOnly(GradeATodayFromHour, 0)), team.TimeZone.GetUtcOffset(today.ToDateTime(TimeOnly.MinValue))).ToUniversalTime();
        if (customer.Grade != CustomerGrade.A || facts.FollowedUpToday || now < from)
        {
            yield break;
        }

        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var recipient in OwnerAndGuide(owner, customer))
        {
            yield return new(ReminderKind.GradeAWithoutFollowUpToday, recipient, customer.Id, null, $"a-grade-today:{customer.Id:N}:{day}", from,
                $"A-grade customer {customer.Name} has not been followed up today.", $"A级客户 {customer.Name} 今日尚未跟进。");
        }
    }

    private static IEnumerable<DueReminder> PoolWarning(Customer customer, Team team, Guid owner, CustomerReminderFacts facts, DateOnly today, DateTimeOffset now)
    {
        var preview = customer.PreviewReclaim(team.Pool, facts.HasOpenDeal, today, now, team.TimeZone);
        if (preview is { WarningDue: true, ReclaimAt: { } at })
        {
            yield return new(ReminderKind.PoolReclaimWarning, owner, customer.Id, null, $"pool-warning:{customer.Id:N}:{Stamp(customer.ReclaimClock.StartedAt)}", at.AddDays(-team.Pool.WarningDaysAhead),
                $"{customer.Name} returns to the pool in {preview.DaysLeft:0.#} days without a follow-up.", $"{customer.Name} 将在 {preview.DaysLeft:0.#} 天后进入公海，请及时跟进。");
        }
    }

    private static IEnumerable<Guid> OwnerAndGuide(Guid owner, Customer customer) =>
        customer.Grade == CustomerGrade.A && customer.SupervisorGuideId is { } guide && guide != owner ? [owner, guide] : [owner];

    private static string Stamp(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMddTHHmm", CultureInfo.InvariantCulture);
}

/// <summary>Facts about a customer that live outside its aggregate, gathered by the caller in one query.</summary>
public sealed record CustomerReminderFacts(bool FollowedUpToday, bool HasOpenDeal, IReadOnlyList<Guid> TeamSupervisorIds);
