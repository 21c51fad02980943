using CrmGraph.Domain.Reminders;

namespace CrmGraph.Jobs.Reminders;

/// <summary>
/// The customer rules (key dates ahead, contract expiry, stale grade review, stale contact verification, new
/// customers without a first follow-up, A grades not followed up today, pool reclaim warnings): reads each team's
/// customers in keyset batches with the facts the rules need, asks <see cref="ReminderRules.ForCustomer"/>, and
/// stores what is due. "Today" is the team's local day, from its time zone. What a team's scan finds is condensed
/// before it is stored (<see cref="ReminderDigests"/>): nobody gets more than the team's limit of one kind at once.
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
            var due = new List<DueReminder>();
            Guid? after = null;
            while (true)
            {
                var batch = await source.CustomersAsync(team.Id, startOfToday, after, BatchSize, cancellationToken)
                    .ConfigureAwait(false);
                due.AddRange(batch.SelectMany(c => ReminderRules.ForCustomer(
                    c.Customer, team, new CustomerReminderFacts(c.FollowedUpSince, c.HasOpenDeal, supervisors), now)));
                if (batch.Count < BatchSize)
                {
                    break;
                }

                after = batch[^1].Customer.Id;
            }

            stored += await IssueCondensedAsync(team, due, now, cancellationToken).ConfigureAwait(false);
        }

        return stored;
    }

    private async Task<int> IssueCondensedAsync(Domain.Teams.Team team, List<DueReminder> due, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (due.Count == 0)
        {
            return 0;
        }

        var storedKeys = await sink.StoredKeysAsync([.. due.Select(Reminder.KeyOf)], cancellationToken)
            .ConfigureAwait(false);
        var stored = 0;
        foreach (var chunk in ReminderDigests.Condense(due, storedKeys, team, now).Chunk(BatchSize))
        {
            stored += await sink.IssueAsync(team.Id, chunk, cancellationToken).ConfigureAwait(false);
        }

        return stored;
    }
}
