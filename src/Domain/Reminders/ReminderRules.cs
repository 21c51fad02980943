using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Reminders;

/// <summary>
/// Which reminders are due for one customer at <c>now</c> (跟进提醒), and for whom. Pure: the job loads the customer,
/// its open plans and the team, asks here, and stores the answers it has not stored before (see
/// <see cref="ReminderIssuing"/>). Every answer carries a stable cause, so asking again yields the same keys.
/// </summary>
public static partial class ReminderRules
{
    /// <summary>An overdue follow-up is escalated to the supervisor once it is this late.</summary>
    public static readonly TimeSpan EscalateOverdueAfter = TimeSpan.FromHours(24);

    /// <summary>"No follow-up today" for an A-grade customer is raised from this hour of the team's day.</summary>
    public const int AGradeCheckHour = 15;

    /// <param name="customer">The customer; archived customers get no reminders.</param>
    /// <param name="plans">The customer's follow-up plans; only open plans of this customer count.</param>
    /// <param name="team">The team: its time zone defines "today", its policies the lead times.</param>
    /// <param name="teamSupervisorId">The team's supervisor, used when the customer has no supervisor guide.</param>
    /// <param name="hasOpenDeal">Whether the customer has an open deal (it pauses the pool reclaim clock).</param>
    /// <param name="now">The current instant.</param>
    public static IReadOnlyList<DueReminder> DueFor(Customer customer, IEnumerable<FollowUpPlan> plans, Team team, Guid? teamSupervisorId, bool hasOpenDeal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(team);
        if (customer.IsArchived)
        {
            return [];
        }

        var batch = new Batch(customer, customer.SupervisorGuideId ?? teamSupervisorId);
        var today = team.LocalDate(now);
        FollowUps(batch, plans, team.Reminders, now);
        KeyDates(batch, team, today);
        Contract(batch, team, today);
        if (customer.Stage is not (LifecycleStage.Lost or LifecycleStage.Churned))
        {
            Reviews(batch, team.Reminders, now);
            FirstFollowUp(batch, team.Cadence, now);
            AGradeToday(batch, team, today, now);
            PoolWarning(batch, team, hasOpenDeal, today, now);
        }

        return batch.Items;
    }

    private static void FollowUps(Batch batch, IEnumerable<FollowUpPlan> plans, ReminderPolicy policy, DateTimeOffset now)
    {
        var customer = batch.Customer;
        foreach (var plan in plans.Where(p => p.CustomerId == customer.Id && p.Status == FollowUpPlanStatus.Planned).OrderBy(p => p.DueAt))
        {
            if (plan.IsOverdue(now))
            {
                var cause = ReminderCauses.FollowUpOverdue(plan.Id, plan.DueAt);
                var en = $"The follow-up with {customer.Name} due {plan.DueAt:u} is overdue.";
                var zh = $"与{customer.Name}的跟进计划（{plan.DueAt:u}）已逾期。";
                batch.Add(ReminderKind.FollowUpOverdue, plan.OwnerId, ReminderRecipient.Owner, cause, plan.DueAt, plan.Id, en, zh);
                if (customer.Grade == CustomerGrade.A || now - plan.DueAt >= EscalateOverdueAfter)
                {
                    batch.Add(ReminderKind.FollowUpOverdue, batch.SupervisorId, ReminderRecipient.Supervisor, cause, plan.DueAt, plan.Id, en, zh);
                }
            }
            else if (plan.DueAt - now <= TimeSpan.FromHours(policy.DueSoonHours))
            {
                batch.Add(
                    ReminderKind.FollowUpDueSoon,
                    plan.OwnerId,
                    ReminderRecipient.Owner,
                    ReminderCauses.FollowUpDueSoon(plan.Id, plan.DueAt),
                    plan.DueAt,
                    plan.Id,
                    $"Follow up with {customer.Name} by {plan.DueAt:u}.",
                    $"请在 {plan.DueAt:u} 前跟进{customer.Name}。");
            }
        }
    }

    private static void Reviews(Batch batch, ReminderPolicy policy, DateTimeOffset now)
    {
        var customer = batch.Customer;
        if (customer.GradeReviewIsStale(policy.GradeReviewStaleDays, now))
        {
            var since = customer.GradeReviewedAt ?? customer.EnteredAt;
            var cause = ReminderCauses.GradeReviewStale(customer.Id, customer.GradeReviewedAt);
            var en = $"The grade of {customer.Name} has not been reviewed for {policy.GradeReviewStaleDays} days.";
            var zh = $"{customer.Name}的分级已超过 {policy.GradeReviewStaleDays} 天未复核。";
            var due = since.AddDays(policy.GradeReviewStaleDays);
            batch.Add(ReminderKind.GradeReviewStale, customer.OwnerId, ReminderRecipient.Owner, cause, due, null, en, zh);
            if (customer.Grade == CustomerGrade.A)
            {
                batch.Add(ReminderKind.GradeReviewStale, batch.SupervisorId, ReminderRecipient.Supervisor, cause, due, null, en, zh);
            }
        }

        if (customer.ContactVerificationIsStale(policy.ContactVerificationStaleDays, now))
        {
            var since = customer.ContactVerifiedAt ?? customer.EnteredAt;
            batch.Add(
                ReminderKind.ContactVerificationStale,
                customer.OwnerId,
                ReminderRecipient.Owner,
                ReminderCauses.ContactVerificationStale(customer.Id, customer.ContactVerifiedAt),
                since.AddDays(policy.ContactVerificationStaleDays),
                null,
                $"Verify the contact details of {customer.Name}; last verified {policy.ContactVerificationStaleDays}+ days ago.",
                $"请核对{customer.Name}的联系方式，已超过 {policy.ContactVerificationStaleDays} 天未核对。");
        }
    }
}
