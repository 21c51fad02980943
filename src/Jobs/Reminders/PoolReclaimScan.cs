using CrmGraph.Domain.Reminders;

namespace CrmGraph.Jobs.Reminders;

/// <summary>
/// The pool reclaim itself (自动回收): customers whose reclaim clock ran out go back to the pool, and their former
/// owner is told. Each batch's reclaims and reminders are saved in one transaction through the sink.
/// </summary>
public sealed class PoolReclaimScan(IReminderScanSource source, IReminderSink sink, TimeProvider clock)
{
    public const int BatchSize = 200;

    /// <returns>How many customers were reclaimed.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reclaimed = 0;
        foreach (var team in await source.TeamsAsync(cancellationToken).ConfigureAwait(false))
        {
            Guid? after = null;
            while (true)
            {
                var batch = await source.OwnedCustomersForChangeAsync(team.Id, after, BatchSize, cancellationToken).ConfigureAwait(false);
                var due = batch.Select(c => ReminderRules.Reclaim(c.Customer, team, c.HasOpenDeal, now)).OfType<DueReminder>().ToList();
                if (due.Count > 0)
                {
                    await sink.IssueAsync(team.Id, due, cancellationToken).ConfigureAwait(false);
                    reclaimed += due.Count;
                }

                if (batch.Count < BatchSize)
                {
                    break;
                }

                after = batch[^1].Customer.Id;
            }
        }

        return reclaimed;
    }
}
