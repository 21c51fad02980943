namespace CrmGraph.Domain.Customers;

/// <summary>
/// The explicit reclaim clock of one customer (公海回收倒计时): when it started, how long it has been paused
/// (an open deal, an unexpired contract) and whether it is paused now. Elapsed time excludes pauses, so a
/// preview is exact; a transfer restarts it.
/// </summary>
public sealed record ReclaimClock(DateTimeOffset StartedAt, DateTimeOffset? PausedSince, long PausedSeconds)
{
    public static ReclaimClock StartAt(DateTimeOffset now, bool paused) => new(now, paused ? now : null, 0);

    public bool IsPaused => PausedSince is not null;

    public ReclaimClock Pause(DateTimeOffset now) => IsPaused ? this : this with { PausedSince = now };

    public ReclaimClock Resume(DateTimeOffset now) =>
        PausedSince is { } since ? this with
        {
            PausedSince = null,
            PausedSeconds = PausedSeconds + (long)Math.Max(0, (now - since).TotalSeconds),
        } : this;

    /// <summary>Running time since the start, without the paused stretches.</summary>
    public TimeSpan Elapsed(DateTimeOffset now)
    {
        var paused = PausedSeconds + (PausedSince is { } since ? Math.Max(0, (now - since).TotalSeconds) : 0);
        return TimeSpan.FromSeconds(Math.Max(0, (now - StartedAt).TotalSeconds - paused));
    }
}

/// <summary>
/// What the reclaim clock says now: time left, when the customer returns to the pool, and why it is paused.
/// </summary>
public sealed record ReclaimPreview(
    bool Applies, bool Paused, IReadOnlyList<string> PauseReasons, double DaysLeft, DateTimeOffset? ReclaimAt,
    bool WarningDue)
{
    public static readonly ReclaimPreview NotApplicable = new(false, false, [], double.PositiveInfinity, null, false);
}
