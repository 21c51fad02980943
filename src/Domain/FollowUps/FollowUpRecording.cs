using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.FollowUps;

/// <summary>
/// Records a follow-up (记录跟进): checks the team's daily cap (过犹不及), completes the plan it fulfils, restarts
/// the customer's reclaim clock, moves the lifecycle on the first follow-up, and plans the next follow-up from the
/// record or, when the record gives no time, from the cadence.
/// </summary>
public static class FollowUpRecording
{
    public static RecordedFollowUp Record(
        Customer customer,
        Team team,
        FollowUpPlan? plan,
        int recordsOnThatDay,
        Guid recordId,
        Guid nextPlanId,
        Guid ownerId,
        FollowUpDetails details,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(details);
        var valid = details.Validated(now);
        if (customer.IsArchived)
        {
            throw new DomainException(
                "CUSTOMER_ARCHIVED", "The customer is archived; restore it before following up.", "该客户已归档，请先恢复。");
        }

        if (plan is not null && (plan.CustomerId != customer.Id || plan.Status != FollowUpPlanStatus.Planned))
        {
            throw new DomainException(
                "PLAN_NOT_OPEN", "The plan is not an open plan of this customer.", "该跟进计划不属于此客户或已关闭。", "planId");
        }

        if (valid.ContactId is { } contactId && customer.Contacts.All(c => c.Id != contactId))
        {
            throw new DomainException("NOT_FOUND", "The customer has no such contact.", "该客户没有这个联系人。", "contactId");
        }

        var beyondCap = recordsOnThatDay >= team.Cadence.DailyCapPerCustomer;
        if (beyondCap && team.Cadence.RefuseBeyondDailyCap)
        {
            throw new DomainException(
                "DAILY_FOLLOW_UP_CAP_REACHED",
                $"This customer was already followed up {recordsOnThatDay} times that day; the team allows " +
                $"{team.Cadence.DailyCapPerCustomer}.",
                $"该客户当天已跟进 {recordsOnThatDay} 次，团队每日上限为 {team.Cadence.DailyCapPerCustomer} 次（过犹不及）。",
                "happenedAt");
        }

        var record = FollowUpRecord.Write(
            recordId, customer.TeamId, customer.Id, ownerId, valid, plan?.Id, beyondCap, Guard.Utc(now));
        plan?.CompleteBy(recordId, team.LocalDate(valid.HappenedAt) <= team.LocalDate(plan.DueAt), now);
        customer.RecordContact(valid.HappenedAt, now);
        customer.Advance(StageTrigger.FirstFollowUp, ownerId, now);
        if (valid.Purpose is FollowUpPurpose.AfterSales or FollowUpPurpose.Care)
        {
            customer.Advance(StageTrigger.FirstMaintenance, ownerId, now);
        }

        var nextDue = valid.NextFollowUpAt ?? Cadence.NextAfter(customer, team, valid.HappenedAt);
        var next = FollowUpPlan.Schedule(
            nextPlanId, customer.TeamId, customer.Id, customer.OwnerOr(ownerId), nextDue, valid.Channel,
            FollowUpPurpose.Other, valid.NextAction, now, fromCadence: valid.NextFollowUpAt is null);
        return new RecordedFollowUp(record, next, beyondCap);
    }
}

/// <summary>
/// What recording produced: the record, the next plan, and whether it went beyond the daily cap (a warning).
/// </summary>
public sealed record RecordedFollowUp(FollowUpRecord Record, FollowUpPlan NextPlan, bool BeyondDailyCap);
