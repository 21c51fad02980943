using CrmGraph.Jobs.Reminders;

namespace CrmGraph.Api.Reminders;

/// <summary>The stored <see cref="FollowUpScanMark"/> of one team (shared by every node of a cluster).</summary>
public sealed class FollowUpScanMarkRow
{
    public Guid TeamId { get; set; }

    public DateTimeOffset ScannedUntil { get; set; }

    public int DueSoonHours { get; set; }

    public DateTimeOffset FullScanAt { get; set; }

    public FollowUpScanMark ToMark() => new(ScannedUntil, DueSoonHours, FullScanAt);
}
