using CrmGraph.Domain.Reminders;

namespace CrmGraph.Jobs.Reminders;

/// <summary>Stores due reminders once per cause and recipient (the outbox in Api); returns how many were new.</summary>
public interface IReminderSink
{
    Task<int> IssueAsync(Guid teamId, IReadOnlyCollection<DueReminder> due, CancellationToken cancellationToken);

    /// <summary>Which of these reminder keys (<see cref="Reminder.KeyOf"/>) are stored already, however many.</summary>
    Task<IReadOnlySet<string>> StoredKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
