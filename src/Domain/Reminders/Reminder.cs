using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Reminders;

/// <summary>
/// A stored reminder (提醒), delivered live through subscriptions and readable afterwards. <see cref="Key"/> is
/// unique: the rules never produce two reminders for one cause and recipient.
/// </summary>
public sealed class Reminder : AggregateRoot
{
    public const int MessageMaxLength = 500;
    public const int KeyMaxLength = 200;

    // Only for EF.
    private Reminder()
    {
        Cause = string.Empty;
        Key = string.Empty;
        Message = string.Empty;
        ChineseMessage = string.Empty;
    }

    private Reminder(Guid id, Guid teamId, DueReminder due, DateTimeOffset now)
    {
        Id = id;
        TeamId = teamId;
        CustomerId = due.CustomerId;
        RecipientId = due.RecipientId;
        Kind = due.Kind;
        Cause = due.CauseKey;
        Key = KeyOf(due);
        SubjectId = due.SubjectId;
        DueAt = Guard.Utc(due.DueAt);
        Message = Clip(due.Message);
        ChineseMessage = Clip(due.ChineseMessage);
        IssuedAt = now;
        if (due.Wording is { } wording)
        {
            TimeZoneId = wording.TimeZoneId;
            SubjectName = ClipTo(wording.SubjectName, ReminderWording.SubjectNameMaxLength);
            OccurredAt = wording.OccurredAt is { } at ? Guard.Utc(at) : null;
            Detail = ClipTo(wording.Detail, ReminderWording.DetailMaxLength);
            Days = wording.Days;
            CustomerCount = wording.CustomerCount;
        }

        DigestCustomerIds = due.DigestCustomerIds;
    }

    public Guid TeamId { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid RecipientId { get; private set; }

    public ReminderKind Kind { get; private set; }

    /// <summary>
    /// What the reminder is about (<see cref="DueReminder.CauseKey"/>), stable across runs of the rules.
    /// </summary>
    public string Cause { get; private set; }

    /// <summary>Cause and recipient: unique among stored reminders.</summary>
    public string Key { get; private set; }

    /// <summary>The plan or key date the reminder is about, when there is one.</summary>
    public Guid? SubjectId { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public string Message { get; private set; }

    public string ChineseMessage { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>The team's time zone when it was made; null for reminders stored without wording.</summary>
    public string? TimeZoneId { get; private set; }

    /// <summary>The customer's name when it was made (null for a digest).</summary>
    public string? SubjectName { get; private set; }

    /// <summary>When the cause happened (first contact, last review, reclaim); null for kinds without one.</summary>
    public DateTimeOffset? OccurredAt { get; private set; }

    public string? Detail { get; private set; }

    public int? Days { get; private set; }

    /// <summary>For a digest (提醒汇总): how many customers it stands for; null for a single reminder.</summary>
    public int? CustomerCount { get; private set; }

    public bool IsDigest => CustomerCount is not null;

    /// <summary>A digest's customers as issued (stored beside the reminder, not loaded back).</summary>
    public IReadOnlyList<Guid> DigestCustomerIds { get; private set; } = [];

    /// <summary>What the text is made of; null for a reminder stored without it (its stored messages stand).</summary>
    public ReminderWording? Wording => TimeZoneId is null ? null
        : new ReminderWording(TimeZoneId, SubjectName, OccurredAt, Detail, Days, CustomerCount);

    /// <summary>The text for a reader: their language, relative to their now; else the stored text.</summary>
    public string TextFor(bool chinese, DateTimeOffset readerNow) => Wording is { } wording
        ? ReminderText.Write(Kind, DueAt, wording, chinese, readerNow)
        : chinese ? ChineseMessage : Message;

    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    /// <summary>When the recipient dismissed the reminder (忽略); a dismissed reminder is done with.</summary>
    public DateTimeOffset? DismissedAt { get; private set; }

    /// <summary>Hidden until this instant (稍后提醒); null when not snoozed.</summary>
    public DateTimeOffset? SnoozedUntil { get; private set; }

    /// <summary>The unique key of a due reminder: its cause and its recipient.</summary>
    public static string KeyOf(DueReminder due)
    {
        ArgumentNullException.ThrowIfNull(due);
        return $"{due.CauseKey}|{due.RecipientId:N}";
    }

    /// <summary>Stores a due reminder for its recipient (发出提醒).</summary>
    public static Reminder Issue(Guid id, Guid teamId, DueReminder due, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(due);
        var reminder = new Reminder(id, teamId, due, Guard.Utc(now));
        reminder.Raise(
            new ReminderIssued(id, reminder.RecipientId, reminder.CustomerId, reminder.Kind, reminder.IssuedAt));
        return reminder;
    }

    /// <summary>The recipient has read the reminder (已读); reading it again changes nothing.</summary>
    public void MarkRead(Guid readerId, DateTimeOffset now)
    {
        if (readerId != RecipientId)
        {
            throw new DomainException(
                "REMINDER_NOT_YOURS", "Only the recipient can mark a reminder as read.", "只有提醒的接收人可以将其标为已读。",
                "reminderId");
        }

        if (IsRead)
        {
            return;
        }

        ReadAt = Guard.Utc(now);
        Raise(new ReminderRead(Id, RecipientId, ReadAt.Value));
    }

    /// <summary>The recipient dismisses the reminder (忽略提醒); dismissing it again changes nothing.</summary>
    public void Dismiss(Guid userId, DateTimeOffset now)
    {
        EnsureRecipient(userId, "dismiss");
        if (DismissedAt is not null)
        {
            return;
        }

        DismissedAt = Guard.Utc(now);
        SnoozedUntil = null;
        Raise(new ReminderDismissed(Id, RecipientId, DismissedAt.Value));
    }

    /// <summary>
    /// The recipient postpones the reminder (稍后提醒) to a later instant; a dismissed one cannot be snoozed.
    /// </summary>
    public void Snooze(Guid userId, DateTimeOffset until, DateTimeOffset now)
    {
        EnsureRecipient(userId, "snooze");
        if (DismissedAt is not null)
        {
            throw new DomainException(
                "REMINDER_DISMISSED", "A dismissed reminder cannot be snoozed.", "已忽略的提醒不能稍后提醒。", "reminderId");
        }

        if (Guard.Utc(until) <= Guard.Utc(now))
        {
            throw new DomainException(
                "SNOOZE_NOT_IN_FUTURE", "Snooze until a time in the future.", "稍后提醒的时间必须在将来。", "until");
        }

        SnoozedUntil = Guard.Utc(until);
        Raise(new ReminderSnoozed(Id, RecipientId, SnoozedUntil.Value, Guard.Utc(now)));
    }

    private void EnsureRecipient(Guid userId, string action)
    {
        if (userId != RecipientId)
        {
            throw new DomainException(
                "REMINDER_NOT_YOURS", $"Only the recipient can {action} a reminder.", "只有提醒的接收人可以处理该提醒。", "reminderId");
        }
    }

    private static string? ClipTo(string? text, int max) => text is null || text.Length <= max ? text : text[..max];

    private static string Clip(string text) => text.Length <= MessageMaxLength ? text : text[..MessageMaxLength];
}

public sealed record ReminderIssued(
    Guid ReminderId, Guid RecipientId, Guid CustomerId, ReminderKind Kind, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ReminderRead(Guid ReminderId, Guid RecipientId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ReminderDismissed(Guid ReminderId, Guid RecipientId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ReminderSnoozed(
    Guid ReminderId, Guid RecipientId, DateTimeOffset Until, DateTimeOffset OccurredAt) : IDomainEvent;
