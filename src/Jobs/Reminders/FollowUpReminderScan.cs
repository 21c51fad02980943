using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Jobs.Reminders;

/// <summary>
/// Overdue and due-soon follow-ups (跟进逾期 / 即将跟进): reads each team's open plans that may have fallen due in
/// keyset batches, asks <see cref="ReminderRules.ForPlan"/> what is due, and stores it through the sink. Runs are
/// incremental between full scans (ADR-030).
/// </summary>
public sealed class FollowUpReminderScan(IReminderScanSource source, IReminderSink sink, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <summary>
    /// A full scan at least this often. It also catches what no window sees: a customer restored from the archive, a
    /// guide assigned to a customer whose plans were already overdue, a plan committed more than <see cref="Overlap"/> late.
    /// </summary>
    public static readonly TimeSpan FullScanEvery = TimeSpan.FromHours(1);

    /// <summary>
    /// Each window reaches this far behind the last run, for plans whose transaction committed after that run read
    /// (their times are taken before commit) and for clocks of nodes a little apart. Re-reading costs nothing: plans
    /// already reminded are left out.
    /// </summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    /// <returns>How many reminders were newly stored.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = 0;
        foreach (var team in await source.TeamsAsync(cancellationToken).ConfigureAwait(false))
        {
            var mark = await source.FollowUpScanMarkAsync(team.Id, cancellationToken).ConfigureAwait(false);
            var window = WindowFor(team, mark, now);
            stored += await ScanAsync(team, window, cancellationToken).ConfigureAwait(false);
            var next = new FollowUpScanMark(now, team.Reminders.DueSoonHours, window.IsFull ? now : mark!.FullScanAt);
            await source.SaveFollowUpScanMarkAsync(team.Id, next, cancellationToken).ConfigureAwait(false);
        }

        return stored;
    }

    /// <summary>
    /// Full without a mark (first run, new team), when the team changed its due-soon window, when the clock is further
    /// behind the mark than nodes' clocks drift apart, and every <see cref="FullScanEvery"/>; otherwise from the last
    /// run, less <see cref="Overlap"/>.
    /// </summary>
    public static FollowUpScanWindow WindowFor(Team team, FollowUpScanMark? mark, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(team);
        var dueSoon = TimeSpan.FromHours(team.Reminders.DueSoonHours);
        var full = mark is null
            || mark.DueSoonHours != team.Reminders.DueSoonHours
            || mark.ScannedUntil > now + Overlap
            || now - mark.FullScanAt >= FullScanEvery;
        return new FollowUpScanWindow(now, dueSoon, full ? null : Min(mark!.ScannedUntil, now) - Overlap);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private async Task<int> ScanAsync(Team team, FollowUpScanWindow window, CancellationToken cancellationToken)
    {
        var stored = 0;
        FollowUpPlan? after = null;
        while (true)
        {
            var batch = await source.OpenPlansAsync(team.Id, window, after, BatchSize, cancellationToken).ConfigureAwait(false);
            var due = batch.Select(p => (p.Plan, Due: ReminderRules.ForPlan(p.Plan, p.Customer, team, window.Now).ToList())).ToList();
            var reminders = due.SelectMany(p => p.Due).ToList();
            if (reminders.Count > 0)
            {
                stored += await sink.IssueAsync(team.Id, reminders, cancellationToken).ConfigureAwait(false);

                // Stored or stored before: either way the owner holds it now, and the plan need not be read for it again.
                var reminded = due.SelectMany(p => p.Due.Where(d => d.RecipientId == p.Plan.OwnerId).Select(d => new RemindedPlan(p.Plan.Id, p.Plan.DueAt, d.Kind))).ToList();
                await source.MarkRemindedAsync(reminded, cancellationToken).ConfigureAwait(false);
            }

            if (batch.Count < BatchSize)
            {
                return stored;
            }

            after = batch[^1].Plan;
        }
    }
}
