using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.FollowUps;

/// <summary>跟进记录: a follow-up that happened, with what was said, the customer's feedback and what comes next.</summary>
public sealed class FollowUpRecord : AggregateRoot, ICustomerRecord
{
    // Only for EF.
    private FollowUpRecord()
    {
        Content = string.Empty;
    }

    private FollowUpRecord(
        Guid id, Guid teamId, Guid customerId, Guid ownerId, FollowUpDetails details, Guid? planId, bool beyondDailyCap,
        DateTimeOffset now)
    {
        Id = id;
        TeamId = teamId;
        CustomerId = customerId;
        OwnerId = ownerId;
        ContactId = details.ContactId;
        HappenedAt = details.HappenedAt;
        RecordedAt = now;
        Channel = details.Channel;
        Purpose = details.Purpose;
        Content = details.Content;
        CustomerFeedback = details.CustomerFeedback;
        Result = details.Result;
        NextAction = details.NextAction;
        NextFollowUpAt = details.NextFollowUpAt;
        PlanId = planId;
        BeyondDailyCap = beyondDailyCap;
    }

    public Guid TeamId { get; private set; }

    public Guid CustomerId { get; private set; }

    void ICustomerRecord.MoveToCustomer(Guid customerId) => CustomerId = customerId;

    public Guid OwnerId { get; private set; }

    public Guid? ContactId { get; private set; }

    public DateTimeOffset HappenedAt { get; private set; }

    /// <summary>When it was written down; the lag to <see cref="HappenedAt"/> is reported (跟进后立即记录).</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    public FollowUpChannel Channel { get; private set; }

    public FollowUpPurpose Purpose { get; private set; }

    /// <summary>沟通内容.</summary>
    public string Content { get; private set; }

    /// <summary>
    /// Part of erasing the customer: what was said goes, that a follow-up happened (when, how) stays.
    /// </summary>
    public void Redact()
    {
        Content = "[已删除]";
        CustomerFeedback = null;
        Result = null;
        NextAction = null;
        ContactId = null;
    }

    /// <summary>Customer feedback. 客户反馈。</summary>
    public string? CustomerFeedback { get; private set; }

    /// <summary>跟进结果.</summary>
    public string? Result { get; private set; }

    /// <summary>下一步行动.</summary>
    public string? NextAction { get; private set; }

    /// <summary>下次跟进时间 as the salesperson gave it; null when the cadence decided.</summary>
    public DateTimeOffset? NextFollowUpAt { get; private set; }

    public Guid? PlanId { get; private set; }

    /// <summary>Recorded although the customer already had the team's daily maximum (warned, not refused).</summary>
    public bool BeyondDailyCap { get; private set; }

    public TimeSpan RecordLag => RecordedAt - HappenedAt;

    internal static FollowUpRecord Write(
        Guid id, Guid teamId, Guid customerId, Guid ownerId, FollowUpDetails details, Guid? planId, bool beyondDailyCap,
        DateTimeOffset now)
    {
        var record = new FollowUpRecord(id, teamId, customerId, ownerId, details, planId, beyondDailyCap, now);
        record.Raise(new FollowUpRecorded(id, customerId, ownerId, details.Channel, details.HappenedAt, now));
        return record;
    }
}

/// <summary>What a salesperson writes down about a follow-up.</summary>
public sealed record FollowUpDetails(
    DateTimeOffset HappenedAt,
    FollowUpChannel Channel,
    FollowUpPurpose Purpose,
    string Content,
    string? CustomerFeedback = null,
    string? Result = null,
    string? NextAction = null,
    DateTimeOffset? NextFollowUpAt = null,
    Guid? ContactId = null)
{
    public FollowUpDetails Validated(DateTimeOffset now)
    {
        var happened = Guard.Utc(HappenedAt);
        if (happened > now)
        {
            throw new DomainException(
                "FOLLOW_UP_IN_FUTURE",
                "A follow-up record describes what happened; 'happenedAt' cannot be in the future. Plan it instead.",
                "跟进记录的发生时间不能晚于现在，未来的跟进请创建跟进计划。", "happenedAt");
        }

        if (NextFollowUpAt is { } next && Guard.Utc(next) <= happened)
        {
            throw new DomainException("NEXT_FOLLOW_UP_NOT_AFTER", "'nextFollowUpAt' must be after the follow-up " +
                "happened.", "下次跟进时间必须晚于本次跟进时间。", "nextFollowUpAt");
        }

        return this with
        {
            HappenedAt = happened,
            NextFollowUpAt = NextFollowUpAt is { } n ? Guard.Utc(n) : null,
            Content = Guard.RequiredText(Content, "content", 4000, "沟通内容"),
            CustomerFeedback = Guard.OptionalText(CustomerFeedback, "customerFeedback", 2000, "客户反馈"),
            Result = Guard.OptionalText(Result, "result", 1000, "跟进结果"),
            NextAction = Guard.OptionalText(NextAction, "nextAction", 1000, "下一步行动"),
        };
    }
}

public sealed record FollowUpRecorded(
    Guid RecordId, Guid CustomerId, Guid OwnerId, FollowUpChannel Channel, DateTimeOffset HappenedAt,
    DateTimeOffset OccurredAt) : IDomainEvent;
