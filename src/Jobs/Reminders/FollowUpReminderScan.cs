using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Jobs.Reminders;

/// <summary>
/// Overdue and due-soon follow-ups (跟进逾期 / 即将跟进): reads each team's open plans that may have fallen due in
/// keyset batches, asks <see cref="ReminderRules.ForPlan"/> what is due, and stores it through the sink, condensed to
/// one digest per person and kind above the team's limit (ADR-033). Runs are incremental between full scans (ADR-030).
/// </summary>
public sealed class FollowUpReminderScan(IReminderScanSource source, IReminderSink sink, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <summary>
    /// A full scan at least this often. It also catches what no window sees: a customer restored from the archive, a
    /// guide assigned to a customer whose plans were already overdue, a plan committed more than <see cref="Overlap"/>
    /// late.
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

    /// <summary>
    /// Reads the window's plans in batches, then condenses what is due for the whole team
    /// (<see cref="ReminderDigests"/>) and stores it. Every plan read is marked for its owner, also when a digest
    /// stands for it: the owner holds the digest, and a plan left unmarked would be read again every minute.
    /// </summary>
    private async Task<int> ScanAsync(Team team, FollowUpScanWindow window, CancellationToken cancellationToken)
    {
        var due = new List<(FollowUpPlan Plan, List<DueReminder> Due)>();
        FollowUpPlan? after = null;
        while (true)
        {
            var batch = await source.OpenPlansAsync(team.Id, window, after, BatchSize, cancellationToken)
                .ConfigureAwait(false);
            due.AddRange(batch.Select(
                p => (p.Plan, ReminderRules.ForPlan(p.Plan, p.Customer, team, window.Now).ToList())));
            if (batch.Count < BatchSize)
            {
                break;
            }

            after = batch[^1].Plan;
        }

        var reminders = due.SelectMany(p => p.Due).ToList();
        if (reminders.Count == 0)
        {
            return 0;
        }

        var storedKeys = await sink.StoredKeysAsync([.. reminders.Select(Reminder.KeyOf)], cancellationToken)
            .ConfigureAwait(false);
        var stored = 0;
        foreach (var chunk in ReminderDigests.Condense(reminders, storedKeys, team, window.Now).Chunk(BatchSize))
        {
            stored += await sink.IssueAsync(team.Id, chunk, cancellationToken).ConfigureAwait(false);
        }

        // Stored, stored before or digested: the owner holds it now, and the plan need not be read for it again.
        var reminded = due.SelectMany(p => p.Due.Where(d => d.RecipientId == p.Plan.OwnerId)
            .Select(d => new RemindedPlan(p.Plan.Id, p.Plan.DueAt, d.Kind))).ToList();
        foreach (var chunk in reminded.Chunk(BatchSize))
        {
            await source.MarkRemindedAsync(chunk, cancellationToken).ConfigureAwait(false);
        }

        return stored;
    }
}
