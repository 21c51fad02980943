using CrmGraph.Domain.Reminders;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Persistence.Repositories;

public sealed class ReminderRepository(CrmDbContext db) : IReminderRepository
{
    /// <summary>Keys per query: well under SQLite's and PostgreSQL's parameter limits.</summary>
    private const int KeyBatch = 500;

    public async Task<Reminder?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Reminders.FindAsync([id], cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlySet<string>> StoredKeysAsync(
        IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in keys.Distinct(StringComparer.Ordinal).Chunk(KeyBatch))
        {
            stored.UnionWith(await db.Reminders.AsNoTracking().Where(
                r => batch.Contains(r.Key)).Select(r => r.Key).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        return stored;
    }

    public async Task<IReadOnlyList<Reminder>> ListForRecipientAsync(
        Guid recipientId, Guid? afterReminderId, int limit, CancellationToken cancellationToken)
    {
        var query = db.Reminders.AsNoTracking().Where(r => r.RecipientId == recipientId);
        if (afterReminderId is { } after)
        {
            // Ids are UUID v7, so id order is issue order; both engines compare the stored Guids in that order.
            query = query.Where(r => r.Id > after);
        }

        return await query.OrderBy(r => r.Id).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Add(Reminder reminder) => db.Reminders.Add(reminder);
}
