namespace CrmGraph.Jobs.Reminders;

/// <summary>
/// Which open plans one follow-up scan reads. A full window reads every open plan due before the due-soon horizon; an
/// incremental one (<see cref="Since"/> set) only those that can have become due since the last run: a due time that
/// crossed now or the horizon, or a plan (re)scheduled since. Either way plans already reminded for their current due
/// time are left out by the source.
/// </summary>
public sealed record FollowUpScanWindow(DateTimeOffset Now, TimeSpan DueSoon, DateTimeOffset? Since)
{
    public DateTimeOffset DueBefore => Now + DueSoon;

    public bool IsFull => Since is null;
}

/// <summary>Where a team's last follow-up scan ended, kept by the source between runs and across nodes.</summary>
/// <param name="ScannedUntil">The clock of the last run.</param>
/// <param name="DueSoonHours">The team's due-soon window then; a change makes the next run full.</param>
/// <param name="FullScanAt">When the last full scan ran.</param>
public sealed record FollowUpScanMark(DateTimeOffset ScannedUntil, int DueSoonHours, DateTimeOffset FullScanAt);
