namespace CrmGraph.Domain.Reminders;

/// <summary>Kinds of follow-up reminder. 跟进提醒的种类。</summary>
public enum ReminderKind
{
    /// <summary>跟进逾期: a planned follow-up's time has passed.</summary>
    FollowUpOverdue,

    /// <summary>即将跟进: a planned follow-up is due soon.</summary>
    FollowUpDueSoon,

    /// <summary>重要日期临近: a birthday, anniversary or custom date is ahead.</summary>
    KeyDateAhead,

    /// <summary>Contract expiring soon. 合同即将到期。</summary>
    ContractExpiring,

    /// <summary>分级未复核: the grade was not reviewed for a week.</summary>
    GradeReviewStale,

    /// <summary>联系方式未核对: contact details not verified for a week.</summary>
    ContactVerificationStale,

    /// <summary>新客户未首次跟进: no follow-up a week after first contact.</summary>
    NewCustomerWithoutFollowUp,

    /// <summary>A-grade customer not followed up today. A级客户今日未跟进。</summary>
    GradeAWithoutFollowUpToday,

    /// <summary>即将进入公海: the pool reclaim is near.</summary>
    PoolReclaimWarning,

    /// <summary>Returned to the customer pool. 已回收至公海。</summary>
    PoolReclaimed,
}

/// <summary>
/// A reminder that is due: who gets it, what it is about, and a cause key that is the same every time the same
/// cause is detected (so storing it once per recipient and cause never yields two reminders). The messages are the
/// absolute text; with <see cref="Wording"/> the text is written again at read time for the reader (ADR-033).
/// </summary>
public sealed record DueReminder(
    ReminderKind Kind,
    Guid RecipientId,
    Guid CustomerId,
    Guid? SubjectId,
    string CauseKey,
    DateTimeOffset DueAt,
    string Message,
    string ChineseMessage)
{
    private readonly string _message = Message;
    private readonly string _chineseMessage = ChineseMessage;

    /// <summary>What the text is made of; null only for reminders made without the rules (tests, benchmarks).</summary>
    public ReminderWording? Wording { get; init; }

    /// <summary>The absolute English text; written on demand from <see cref="Wording"/> (a scan holds many).</summary>
    public string Message =>
        Wording is { } wording ? ReminderText.Write(Kind, DueAt, wording, chinese: false) : _message;

    /// <summary>The absolute Chinese text.</summary>
    public string ChineseMessage =>
        Wording is { } wording ? ReminderText.Write(Kind, DueAt, wording, chinese: true) : _chineseMessage;

    /// <summary>For a digest: every customer it stands for (<see cref="CustomerId"/> is the first of them).</summary>
    public IReadOnlyList<Guid> DigestCustomerIds { get; init; } = [];

    public bool IsDigest => Wording?.CustomerCount is not null;

    /// <summary>A due reminder whose stored messages are the absolute text of <paramref name="wording"/>.</summary>
    public static DueReminder Worded(ReminderKind kind, Guid recipientId, Guid customerId, Guid? subjectId,
        string causeKey, DateTimeOffset dueAt, ReminderWording wording) =>
        new(kind, recipientId, customerId, subjectId, causeKey, dueAt, string.Empty, string.Empty)
        {
            Wording = wording,
        };
}
