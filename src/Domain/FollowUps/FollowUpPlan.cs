using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.FollowUps;

/// <summary>跟进计划: a follow-up to do at a due time; overdue once the time has passed and it is not done.</summary>
public sealed class FollowUpPlan : AggregateRoot, ICustomerRecord
{
    // Only for EF.
    private FollowUpPlan()
    {
    }

    private FollowUpPlan(
        Guid id, Guid teamId, Guid customerId, Guid ownerId, DateTimeOffset dueAt, FollowUpChannel channel,
        FollowUpPurpose purpose, string? preparedContent, bool fromCadence, DateTimeOffset now)
    {
        Id = id;
        TeamId = teamId;
        CustomerId = customerId;
        OwnerId = ownerId;
        DueAt = dueAt;
        Channel = channel;
        Purpose = purpose;
        PreparedContent = preparedContent;
        FromCadence = fromCadence;
        CreatedAt = now;
        ScheduledAt = now;
        Status = FollowUpPlanStatus.Planned;
    }

    public Guid TeamId { get; private set; }

    public Guid CustomerId { get; private set; }

    void ICustomerRecord.MoveToCustomer(Guid customerId) => CustomerId = customerId;

    public Guid OwnerId { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public FollowUpChannel Channel { get; private set; }

    public FollowUpPurpose Purpose { get; private set; }

    /// <summary>准备内容: what to prepare or say.</summary>
    public string? PreparedContent { get; private set; }

    /// <summary>Part of erasing the customer: the prepared notes go.</summary>
    public void Redact() => PreparedContent = null;

    /// <summary>True when the team's cadence proposed it rather than a person.</summary>
    public bool FromCadence { get; private set; }

    public FollowUpPlanStatus Status { get; private set; }

    public Guid? CompletedByRecordId { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>
    /// 跟进及时: the follow-up that completed the plan happened no later than the planned day (in the team's time
    /// zone). Null while open or cancelled, and for plans completed before this was recorded.
    /// </summary>
    public bool? DoneOnTime { get; private set; }

    public string? CancelReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// When the due time was last set: at creation, then at each reschedule. The reminder scan looks at plans
    /// (re)scheduled since its last run, whose due time may already lie inside a window it has passed.
    /// </summary>
    public DateTimeOffset ScheduledAt { get; private set; }

    public static FollowUpPlan Schedule(
        Guid id, Guid teamId, Guid customerId, Guid ownerId, DateTimeOffset dueAt, FollowUpChannel channel,
        FollowUpPurpose purpose, string? preparedContent, DateTimeOffset now, bool fromCadence = false)
    {
        var content = Guard.OptionalText(preparedContent, "preparedContent", 2000, "准备内容");
        var plan = new FollowUpPlan(
            id, teamId, customerId, ownerId, Guard.Utc(dueAt), channel, purpose, content, fromCadence, Guard.Utc(now));
        plan.Raise(new FollowUpPlanned(id, customerId, ownerId, plan.DueAt, plan.CreatedAt));
        return plan;
    }

    public bool IsOverdue(DateTimeOffset now) => Status == FollowUpPlanStatus.Planned && DueAt < now;

    public void Reschedule(DateTimeOffset dueAt, string reason, DateTimeOffset now)
    {
        var why = Guard.RequiredText(reason, "reason", 500, "改期原因");
        EnsurePlanned();
        DueAt = Guard.Utc(dueAt);
        ScheduledAt = Guard.Utc(now);
        Raise(new FollowUpRescheduled(Id, CustomerId, DueAt, why, ScheduledAt));
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        var why = Guard.RequiredText(reason, "reason", 500, "取消原因");
        EnsurePlanned();
        Status = FollowUpPlanStatus.Cancelled;
        CancelReason = why;
        Raise(new FollowUpCancelled(Id, CustomerId, Guard.Utc(now)));
    }

    /// <summary>Recording the follow-up completes the plan (记录即完成).</summary>
    internal void CompleteBy(Guid recordId, bool onTime, DateTimeOffset now)
    {
        EnsurePlanned();
        Status = FollowUpPlanStatus.Done;
        DoneOnTime = onTime;
        CompletedByRecordId = recordId;
        CompletedAt = Guard.Utc(now);
        Raise(new FollowUpCompleted(Id, CustomerId, recordId, CompletedAt.Value));
    }

    private void EnsurePlanned()
    {
        if (Status != FollowUpPlanStatus.Planned)
        {
            throw new DomainException("PLAN_NOT_OPEN", "The follow-up plan is " +
                $"{Status.ToString().ToLowerInvariant()}, not planned.", "该跟进计划已完成或已取消。", "planId");
        }
    }
}

public sealed record FollowUpPlanned(
    Guid PlanId, Guid CustomerId, Guid OwnerId, DateTimeOffset DueAt, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record FollowUpRescheduled(
    Guid PlanId, Guid CustomerId, DateTimeOffset DueAt, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record FollowUpCancelled(Guid PlanId, Guid CustomerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record FollowUpCompleted(
    Guid PlanId, Guid CustomerId, Guid RecordId, DateTimeOffset OccurredAt) : IDomainEvent;
