using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Care;

/// <summary>Customer care and value-added services. 客户关怀 / 增值服务。</summary>
public enum CareKind
{
    /// <summary>使用指南: a user guide within a week of signing.</summary>
    UserGuide,

    /// <summary>满意度调研: the quarterly satisfaction survey.</summary>
    SatisfactionSurvey,

    /// <summary>Holiday greeting. 节日问候。</summary>
    HolidayGreeting,

    /// <summary>Anniversary greeting. 周年问候。</summary>
    AnniversaryGreeting,

    /// <summary>Birthday gift. 生日礼物。</summary>
    BirthdayGift,

    /// <summary>新品优先体验: new products offered first to existing customers.</summary>
    NewProductPreview,

    /// <summary>Other. 其他。</summary>
    Other,
}

/// <summary>A care action done for a customer (客户关怀记录).</summary>
public sealed class CareAction : AggregateRoot, ICustomerRecord
{
    // Only for EF.
    private CareAction()
    {
    }

    private CareAction(
        Guid id, Guid teamId, Guid customerId, Guid ownerId, CareKind kind, string? note, DateTimeOffset doneAt)
    {
        Id = id;
        TeamId = teamId;
        CustomerId = customerId;
        OwnerId = ownerId;
        Kind = kind;
        Note = note;
        DoneAt = doneAt;
    }

    public Guid TeamId { get; private set; }

    public Guid CustomerId { get; private set; }

    void ICustomerRecord.MoveToCustomer(Guid customerId) => CustomerId = customerId;

    public Guid OwnerId { get; private set; }

    public CareKind Kind { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset DoneAt { get; private set; }

    /// <summary>Part of erasing the customer: the note goes.</summary>
    public void Redact() => Note = null;

    public static CareAction Record(
        Guid id, Guid teamId, Guid customerId, Guid ownerId, CareKind kind, string? note, DateTimeOffset doneAt,
        DateTimeOffset now)
    {
        if (doneAt > now)
        {
            throw new DomainException("CARE_IN_FUTURE", "A care action is recorded once done; 'doneAt' cannot be in " +
                "the future.", "关怀记录的时间不能晚于现在。", "doneAt");
        }

        var action = new CareAction(
            id, teamId, customerId, ownerId, kind, Guard.OptionalText(note, "note", 2000, "备注"), Guard.Utc(doneAt));
        action.Raise(new CareActionRecorded(id, customerId, kind, action.DoneAt));
        return action;
    }
}

public sealed record CareActionRecorded(
    Guid CareActionId, Guid CustomerId, CareKind Kind, DateTimeOffset OccurredAt) : IDomainEvent;
