using CrmGraph.Domain.Reminders;
using CrmGraph.Jobs.Reminders;

namespace CrmGraph.Api.Reminders;

public sealed class OutboxReminderSink(ReminderOutbox outbox, IReminderRepository reminders) : IReminderSink
{
    public async Task<int> IssueAsync(
        Guid teamId, IReadOnlyCollection<DueReminder> due, CancellationToken cancellationToken) =>
        (await outbox.IssueAsync(teamId, due, cancellationToken).ConfigureAwait(false)).Count;

    public Task<IReadOnlySet<string>> StoredKeysAsync(IReadOnlyCollection<string> keys,
        CancellationToken cancellationToken) =>
        reminders.StoredKeysAsync(keys, cancellationToken);
}
