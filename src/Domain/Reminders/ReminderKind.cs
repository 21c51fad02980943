namespace CrmGraph.Domain.Reminders;

/// <summary>跟进提醒的种类.</summary>
public enum ReminderKind
{
    /// <summary>跟进逾期: a planned follow-up's time has passed.</summary>
    FollowUpOverdue,

    /// <summary>即将跟进: a planned follow-up is due soon.</summary>
    FollowUpDueSoon,

    /// <summary>重要日期临近: a birthday, anniversary or custom date is ahead.</summary>
    KeyDateAhead,

    /// <summary>合同即将到期.</summary>
    ContractExpiring,

    /// <summary>分级未复核: the grade was not reviewed for a week.</summary>
    GradeReviewStale,

    /// <summary>联系方式未核对: contact details not verified for a week.</summary>
    ContactVerificationStale,

    /// <summary>新客户未首次跟进: no follow-up a week after first contact.</summary>
    NewCustomerWithoutFollowUp,

    /// <summary>A级客户今日未跟进.</summary>
    GradeAWithoutFollowUpToday,

    /// <summary>即将进入公海: the pool reclaim is near.</summary>
    PoolReclaimWarning,

    /// <summary>已回收至公海.</summary>
    PoolReclaimed,
}

/// <summary>
/// A reminder that is due: who gets it, what it is about, and a cause key that is the same every time the same
/// cause is detected (so storing it once per recipient and cause never yields two reminders).
/// </summary>
public sealed record DueReminder(
    ReminderKind Kind,
    Guid RecipientId,
    Guid CustomerId,
    Guid? SubjectId,
    string CauseKey,
    DateTimeOffset DueAt,
    string Message,
    string ChineseMessage);
