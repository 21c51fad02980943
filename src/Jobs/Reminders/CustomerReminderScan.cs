using CrmGraph.Domain.Reminders;

namespace CrmGraph.Jobs.Reminders;

/// <summary>
/// The customer rules (key dates ahead, contract expiry, stale grade review, stale contact verification, new
/// customers without a first follow-up, A grades not followed up today, pool reclaim warnings): reads each team's
/// customers in keyset batches with the facts the rules need, asks <see cref="ReminderRules.ForCustomer"/>, and
/// stores what is due. "Today" is the team's local day, from its time zone.
/// </summary>
public sealed class CustomerReminderScan(IReminderScanSource source, IReminderSink sink, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <returns>How many reminders were newly stored.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = 0;
        foreach (var team in await source.TeamsAsync(cancellationToken).ConfigureAwait(false))
        {
            var startOfToday = team.StartOfLocalDay(team.LocalDate(now));
            var supervisors = await source.SupervisorIdsAsync(team.Id, cancellationToken).ConfigureAwait(false);
            Guid? after = null;
            while (true)
            {
                var batch = await source.CustomersAsync(team.Id, startOfToday, after, BatchSize, cancellationToken).ConfigureAwait(false);
                var due = batch
                    .SelectMany(c => ReminderRules.ForCustomer(c.Customer, team, new CustomerReminderFacts(c.FollowedUpSince, c.HasOpenDeal, supervisors), now))
                    .ToList();
                if (due.Count > 0)
                {
                    stored += await sink.IssueAsync(team.Id, due, cancellationToken).ConfigureAwait(false);
                }

                if (batch.Count < BatchSize)
                {
                    break;
                }

                after = batch[^1].Customer.Id;
            }
        }

        return stored;
    }
}
