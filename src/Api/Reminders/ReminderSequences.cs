using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Reminders;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Reminders;

/// <summary>
/// Each recipient's reminders are numbered 1, 2, 3 … in the order they commit, which is the order a resuming
/// subscriber must see them in: ids (UUID v7) follow each node's clock and the moment a reminder was built, not the
/// moment it became visible, so two nodes storing reminders for one user at once could commit them out of id order.
/// The number comes from the recipient's row in <c>reminder_sequences</c>, incremented in the saving transaction; the
/// row stays locked until that transaction ends, so the next writer for the same recipient numbers after it.
/// </summary>
public static class ReminderSequences
{
    /// <summary>The shadow column on reminders holding the number.</summary>
    public const string Property = "RecipientSequence";

    /// <summary>
    /// Numbers the reminders added to <paramref name="db"/>; call inside the transaction that saves them.
    /// </summary>
    public static async Task NumberAddedAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var added = db.ChangeTracker.Entries<Reminder>().Where(e => e.State == EntityState.Added).ToList();
        foreach (var recipient in added.GroupBy(e => e.Entity.RecipientId).OrderBy(g => g.Key))
        {
            var count = (long)recipient.Count();
            var recipientId = recipient.Key;
            var last = (await db.Database.SqlQuery<long>($"""
                INSERT INTO reminder_sequences (recipient_id, last) VALUES ({recipientId}, {count})
                ON CONFLICT (recipient_id) DO UPDATE SET last = reminder_sequences.last + {count}
                RETURNING last AS "Value"
                """).ToListAsync(cancellationToken).ConfigureAwait(false)).Single();
            var next = last - count;
            foreach (var entry in recipient.OrderBy(e => e.Entity.Id))
            {
                entry.Property(Property).CurrentValue = ++next;
            }
        }
    }
}

/// <summary>The last number given to a recipient's reminders (<see cref="ReminderSequences"/>).</summary>
public sealed class ReminderSequenceRow
{
    public Guid RecipientId { get; set; }

    public long Last { get; set; }
}
