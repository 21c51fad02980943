using System.Globalization;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Reminders;

/// <summary>
/// Which reminders are due, given the state and <c>now</c> (跟进提醒规则). Each rule names its recipients: the
/// owner, and for A grades and escalations the supervisor guide or the team's supervisors. Which kinds apply to a
/// customer at all is <see cref="ReminderApplicability"/>'s call; the text is <see cref="ReminderText"/>'s.
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
        if (plan.Status != FollowUpPlanStatus.Planned)
        {
            yield break;
        }

        var occurrence = Stamp(plan.DueAt);
        var wording = Wording(team, customer);
        if (plan.IsOverdue(now))
        {
            if (!ReminderApplicability.Applies(ReminderKind.FollowUpOverdue, customer))
            {
                yield break;
            }

            foreach (var recipient in OwnerAndGuide(plan.OwnerId, customer))
            {
                yield return DueReminder.Worded(ReminderKind.FollowUpOverdue, recipient, customer.Id, plan.Id,
                    $"overdue:{plan.Id:N}:{occurrence}", plan.DueAt, wording);
            }
        }
        else if (plan.DueAt - now <= TimeSpan.FromHours(team.Reminders.DueSoonHours)
            && ReminderApplicability.Applies(ReminderKind.FollowUpDueSoon, customer))
        {
            yield return DueReminder.Worded(ReminderKind.FollowUpDueSoon, plan.OwnerId, customer.Id, plan.Id,
                $"due-soon:{plan.Id:N}:{occurrence}", plan.DueAt, wording);
        }
    }

    public static IEnumerable<DueReminder> ForCustomer(Customer customer, Team team, CustomerReminderFacts facts,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(facts);
        if (customer.OwnerId is not { } owner)
        {
            return [];
        }

        var today = team.LocalDate(now);
        return KeyDates(customer, team, owner, today)
            .Concat(ProfileDates(customer, team, owner, today))
            .Concat(Staleness(customer, team, owner, now))
            .Concat(FirstFollowUp(customer, team, owner, facts, now))
            .Concat(GradeAToday(customer, team, owner, facts, today, now))
            .Concat(PoolWarning(customer, team, owner, facts, today, now))
            .Where(r => ReminderApplicability.Applies(r.Kind, customer));
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
            yield return DueReminder.Worded(contract ? ReminderKind.ContractExpiring : ReminderKind.KeyDateAhead,
                owner, customer.Id, keyDate.Id, $"key-date:{keyDate.Id:N}:{day}", Cadence.AtLocalDueHour(team, next),
                Wording(team, customer) with { Detail = keyDate.Label });
        }
    }

    private static IEnumerable<DueReminder> Staleness(Customer customer, Team team, Guid owner, DateTimeOffset now)
    {
        if (customer.GradeReviewIsStale(team.Reminders.GradeReviewStaleDays, now))
        {
            var last = customer.GradeReviewedAt ?? customer.EnteredAt;
            var since = last.AddDays(team.Reminders.GradeReviewStaleDays);
            yield return DueReminder.Worded(ReminderKind.GradeReviewStale, owner, customer.Id, null,
                $"grade-review:{customer.Id:N}:{Stamp(since)}", since,
                Wording(team, customer) with { OccurredAt = last, Days = team.Reminders.GradeReviewStaleDays });
        }

        if (customer.ContactVerificationIsStale(team.Reminders.ContactVerificationStaleDays, now))
        {
            var last = customer.ContactVerifiedAt ?? customer.EnteredAt;
            var since = last.AddDays(team.Reminders.ContactVerificationStaleDays);
            yield return DueReminder.Worded(ReminderKind.ContactVerificationStale, owner, customer.Id, null,
                $"contact-verification:{customer.Id:N}:{Stamp(since)}", since,
                Wording(team, customer) with { OccurredAt = last, Days = team.Reminders.ContactVerificationStaleDays });
        }
    }

    /// <summary>
    /// Only customers first contacted within the new-customer window count as new: a record imported with an old
    /// first contact is not a new customer, whatever its follow-up history says.
    /// </summary>
    private static IEnumerable<DueReminder> FirstFollowUp(Customer customer, Team team, Guid owner,
        CustomerReminderFacts facts, DateTimeOffset now)
    {
        var due = customer.FirstContactAt.AddDays(team.Cadence.NewCustomerFirstFollowUpDays);
        if (customer.LastFollowUpAt is not null || now < due || !IsNew(customer, team, now))
        {
            yield break;
        }

        var wording = Wording(team, customer) with
        {
            OccurredAt = customer.FirstContactAt,
            Days = team.Cadence.NewCustomerFirstFollowUpDays,
        };
        foreach (var recipient in new[] { owner }.Concat(facts.TeamSupervisorIds).Distinct())
        {
            yield return DueReminder.Worded(ReminderKind.NewCustomerWithoutFollowUp, recipient, customer.Id, null,
                $"first-follow-up:{customer.Id:N}", due, wording);
        }
    }

    /// <summary>First contacted within the team's new-customer window (新客户).</summary>
    public static bool IsNew(Customer customer, Team team, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(team);
        return customer.FirstContactAt >= now.AddDays(-team.Reminders.NewCustomerWindowDays);
    }

    private static IEnumerable<DueReminder> GradeAToday(Customer customer, Team team, Guid owner,
        CustomerReminderFacts facts, DateOnly today, DateTimeOffset now)
    {
        var localFrom = today.ToDateTime(new TimeOnly(GradeATodayFromHour, 0));
        var from = new DateTimeOffset(localFrom, team.TimeZone.GetUtcOffset(localFrom)).ToUniversalTime();
        if (customer.Grade != CustomerGrade.A || facts.FollowedUpToday || now < from)
        {
            yield break;
        }

        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var recipient in OwnerAndGuide(owner, customer))
        {
            yield return DueReminder.Worded(ReminderKind.GradeAWithoutFollowUpToday, recipient, customer.Id, null,
                $"a-grade-today:{customer.Id:N}:{day}", from, Wording(team, customer));
        }
    }

    private static IEnumerable<DueReminder> PoolWarning(Customer customer, Team team, Guid owner,
        CustomerReminderFacts facts, DateOnly today, DateTimeOffset now)
    {
        var preview = customer.PreviewReclaim(team.Pool, facts.HasOpenDeal, today, now, team.TimeZone);
        if (preview is { WarningDue: true, ReclaimAt: { } at })
        {
            yield return DueReminder.Worded(ReminderKind.PoolReclaimWarning, owner, customer.Id, null,
                $"pool-warning:{customer.Id:N}:{Stamp(customer.ReclaimClock.StartedAt)}", at, Wording(team, customer));
        }
    }

    private static ReminderWording Wording(Team team, Customer customer) => new(team.TimeZoneId, customer.Name);

    private static IEnumerable<Guid> OwnerAndGuide(Guid owner, Customer customer) =>
        customer.Grade == CustomerGrade.A && customer.SupervisorGuideId is { } guide && guide != owner
            ? [owner, guide]
            : [owner];

    /// <summary>A machine stamp for cause keys only; never shown to people.</summary>
    private static string Stamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMddTHHmm", CultureInfo.InvariantCulture);
}

/// <summary>Facts about a customer that live outside its aggregate, gathered by the caller in one query.</summary>
public sealed record CustomerReminderFacts(
    bool FollowedUpToday, bool HasOpenDeal, IReadOnlyList<Guid> TeamSupervisorIds);
