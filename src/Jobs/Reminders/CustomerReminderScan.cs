using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Teams;

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
            foreach (var chunk in (await ForecastAsync(team, now, cancellationToken).ConfigureAwait(false))
                .Chunk(BatchSize))
            {
                stored += await sink.IssueAsync(team.Id, chunk, cancellationToken).ConfigureAwait(false);
            }
        }

        return stored;
    }

    /// <summary>
    /// What a scan of the team at <paramref name="now"/> would store, without storing it (ADR-045): the import report
    /// asks it inside the import's transaction, so a dry run forecasts too.
    /// </summary>
    public async Task<IReadOnlyList<DueReminder>> ForecastAsync(Team team, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var due = await DueAsync(team, now, cancellationToken).ConfigureAwait(false);
        if (due.Count == 0)
        {
            return [];
        }

        var storedKeys = await sink.StoredKeysAsync([.. due.Select(Reminder.KeyOf)], cancellationToken)
            .ConfigureAwait(false);
        return ReminderForecast.FirstScan(due, team, storedKeys, now);
    }

    private async Task<List<DueReminder>> DueAsync(Team team, DateTimeOffset now, CancellationToken cancellationToken)
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
                return due;
            }

            after = batch[^1].Customer.Id;
        }
    }
}
