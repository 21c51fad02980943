using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.Auditing;
using CrmGraph.Api.Identity;
using CrmGraph.Domain.Reminders;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Reminders;

/// <summary>
/// Stores due reminders together with whatever else the caller changed (e.g. a pool reclaim), in one transaction.
/// Keys already stored are skipped; if another node stored one of the same keys in between, the unique index
/// refuses the save, and the outbox reads the stored keys again and retries: that reminder counts as already issued.
/// </summary>
public sealed class ReminderOutbox(CrmDbContext db, IReminderRepository reminders, IIdGenerator ids, TimeProvider clock)
{
    private const int Attempts = 3;

    /// <returns>The reminders this call stored (none when all were issued before).</returns>
    public async Task<IReadOnlyList<Reminder>> IssueAsync(
        Guid teamId, IReadOnlyCollection<DueReminder> due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        var keys = due.Select(Reminder.KeyOf).ToList();
        for (var attempt = 1; ; attempt++)
        {
            var stored = await reminders.StoredKeysAsync(keys, cancellationToken).ConfigureAwait(false);
            var issued = ReminderIssuing.IssueNew(teamId, due, stored, ids.NewId, clock.GetUtcNow());
            foreach (var reminder in issued)
            {
                reminders.Add(reminder);
                db.ReminderDigestCustomers.AddRange(reminder.DigestCustomerIds.Select(
                    customerId => new ReminderDigestCustomerRow { ReminderId = reminder.Id, CustomerId = customerId }));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                foreach (var reminder in issued)
                {
                    Telemetry.CrmTelemetry.RemindersProduced.Add(
                        1, new KeyValuePair<string, object?>("kind", reminder.Kind.ToString()));
                }

                return issued;
            }
            catch (DbUpdateException exception) when (ReminderKeys.IsAlreadyIssued(exception) && attempt < Attempts)
            {
                Forget(issued);
            }
        }
    }

    /// <summary>
    /// Undoes what the failed save added (our reminders and the audit rows it captured), keeping the caller's own
    /// changes.
    /// </summary>
    private void Forget(IReadOnlyList<Reminder> issued)
    {
        foreach (var reminder in issued)
        {
            db.Entry(reminder).State = EntityState.Detached;
        }

        var members = db.ChangeTracker.Entries<ReminderDigestCustomerRow>()
            .Where(e => e.State == EntityState.Added)
            .ToList();
        foreach (var member in members)
        {
            member.State = EntityState.Detached;
        }

        foreach (var audit in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
        {
            audit.State = EntityState.Detached;
        }
    }
}
