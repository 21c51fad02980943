using CrmGraph.Domain.Reminders;

namespace CrmGraph.Jobs.Reminders;

/// <summary>
/// Overdue and due-soon follow-ups (跟进逾期 / 即将跟进): reads each team's open plans due within its due-soon window
/// in keyset batches, asks <see cref="ReminderRules.ForPlan"/> what is due, and stores it through the sink.
/// </summary>
public sealed class FollowUpReminderScan(IReminderScanSource source, IReminderSink sink, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <returns>How many reminders were newly stored.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = 0;
        foreach (var team in await source.TeamsAsync(cancellationToken).ConfigureAwait(false))
        {
            var dueBefore = now.AddHours(team.Reminders.DueSoonHours);
            Guid? after = null;
            while (true)
            {
                var batch = await source.OpenPlansAsync(team.Id, dueBefore, after, BatchSize, cancellationToken).ConfigureAwait(false);
                var due = batch.SelectMany(p => ReminderRules.ForPlan(p.Plan, p.Customer, team, now)).ToList();
                if (due.Count > 0)
                {
                    stored += await sink.IssueAsync(team.Id, due, cancellationToken).ConfigureAwait(false);
                }

                if (batch.Count < BatchSize)
                {
                    break;
                }

                after = batch[^1].Plan.Id;
            }
        }

        return stored;
    }
}
