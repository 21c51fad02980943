namespace CrmGraph.Domain.Reminders;

/// <summary>
/// A reminder the rules say is due now. <see cref="Cause"/> names what it is about (stable across runs);
/// <see cref="Key"/> adds the recipient, so one cause never yields two reminders for the same person.
/// </summary>
public sealed record DueReminder(
    ReminderKind Kind,
    Guid TeamId,
    Guid CustomerId,
    Guid RecipientId,
    ReminderRecipient Role,
    string Cause,
    DateTimeOffset DueAt,
    Guid? SubjectId,
    string Message,
    string ChineseMessage)
{
    public const int KeyMaxLength = 200;

    /// <summary>The stable de-duplication key: the cause and the recipient.</summary>
    public string Key => ReminderCauses.Key(Cause, RecipientId);
}
