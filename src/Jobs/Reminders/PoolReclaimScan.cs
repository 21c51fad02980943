using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Jobs.Reminders;

/// <summary>
/// The pool reclaim itself (自动回收): customers whose reclaim clock ran out go back to the pool, and their former
/// owner is told. No flood (ADR-045): the scan first counts a team's due reclaims per owner without changing anything;
/// an owner with more than the team's limit gets one digest (<see cref="ReminderDigests"/>), stored before the
/// reclaims it stands for; then each batch's reclaims are saved in one transaction with the single reminders of the
/// owners below the limit.
/// </summary>
public sealed class PoolReclaimScan(IReminderScanSource source, IReminderSink sink, TimeProvider clock)
{
    public const int BatchSize = 200;

    private const int CountBatchSize = 500;

    /// <returns>How many customers were reclaimed.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reclaimed = 0;
        foreach (var team in await source.TeamsAsync(cancellationToken).ConfigureAwait(false))
        {
            var due = await DueAsync(team, now, cancellationToken).ConfigureAwait(false);
            if (due.Count == 0)
            {
                continue;
            }

            var digested = await IssueDigestsAsync(team, due, now, cancellationToken).ConfigureAwait(false);
            reclaimed += await ReclaimAsync(team, digested, now, cancellationToken).ConfigureAwait(false);
        }

        return reclaimed;
    }

    /// <summary>What the team's reclaims would tell, read without tracking or changing a customer.</summary>
    private async Task<List<DueReminder>> DueAsync(Team team, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = new List<DueReminder>();
        Guid? after = null;
        while (true)
        {
            var batch = await source.CustomersAsync(team.Id, DateTimeOffset.MaxValue, after, CountBatchSize,
                cancellationToken).ConfigureAwait(false);
            due.AddRange(batch.Select(c => ReminderRules.ReclaimDue(c.Customer, team, c.HasOpenDeal, now))
                .OfType<DueReminder>());
            if (batch.Count < CountBatchSize)
            {
                return due;
            }

            after = batch[^1].Customer.Id;
        }
    }

    /// <summary>
    /// Stores the digests and returns whom each stands for. Stored first, so a crash before the reclaims tells the
    /// owner of reclaims that the next run makes (and tells again), never reclaims that nobody is told of.
    /// </summary>
    private async Task<HashSet<(Guid Recipient, Guid Customer)>> IssueDigestsAsync(Team team,
        List<DueReminder> due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var storedKeys = await sink.StoredKeysAsync([.. due.Select(Reminder.KeyOf)], cancellationToken)
            .ConfigureAwait(false);
        var digests = ReminderDigests.Condense(due, storedKeys, team, now).Where(d => d.IsDigest).ToList();
        if (digests.Count > 0)
        {
            await sink.IssueAsync(team.Id, digests, cancellationToken).ConfigureAwait(false);
        }

        return [.. digests.SelectMany(d => d.DigestCustomerIds.Select(c => (d.RecipientId, c)))];
    }

    /// <summary>
    /// Reclaims in batches of tracked customers, the rule asked again on what was just read (an owner may have
    /// followed up since the count); each batch is saved through the sink with the reminders no digest stands for.
    /// </summary>
    private async Task<int> ReclaimAsync(Team team, HashSet<(Guid Recipient, Guid Customer)> digested,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reclaimed = 0;
        Guid? after = null;
        while (true)
        {
            var batch = await source.OwnedCustomersForChangeAsync(team.Id, after, BatchSize, cancellationToken)
                .ConfigureAwait(false);
            var due = batch.Select(c => ReminderRules.Reclaim(c.Customer, team, c.HasOpenDeal, now))
                .OfType<DueReminder>().ToList();
            if (due.Count > 0)
            {
                // Saves the reclaims too, also when every one of them is in a digest.
                await sink.IssueAsync(team.Id, [.. due.Where(d => !digested.Contains((d.RecipientId, d.CustomerId)))],
                    cancellationToken).ConfigureAwait(false);
                reclaimed += due.Count;
            }

            if (batch.Count < BatchSize)
            {
                return reclaimed;
            }

            after = batch[^1].Customer.Id;
        }
    }
}
