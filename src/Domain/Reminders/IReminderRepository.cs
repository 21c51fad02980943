namespace CrmGraph.Domain.Reminders;

/// <summary>Stored reminders; <see cref="Reminder.Key"/> carries a unique index.</summary>
public interface IReminderRepository
{
    Task<Reminder?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="keys"/> are already stored.</summary>
    Task<IReadOnlySet<string>> StoredKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// A recipient's reminders issued after <paramref name="afterReminderId"/> (all when null), oldest first: read back
    /// after a disconnect.
    /// </summary>
    Task<IReadOnlyList<Reminder>> ListForRecipientAsync(
        Guid recipientId, Guid? afterReminderId, int limit, CancellationToken cancellationToken);

    void Add(Reminder reminder);
}
