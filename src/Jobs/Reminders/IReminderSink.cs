using CrmGraph.Domain.Reminders;

namespace CrmGraph.Jobs.Reminders;

/// <summary>Stores due reminders once per cause and recipient (the outbox in Api); returns how many were new.</summary>
public interface IReminderSink
{
    Task<int> IssueAsync(Guid teamId, IReadOnlyCollection<DueReminder> due, CancellationToken cancellationToken);
}
