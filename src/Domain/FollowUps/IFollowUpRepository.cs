namespace CrmGraph.Domain.FollowUps;

public interface IFollowUpRepository
{
    Task<FollowUpPlan?> FindPlanAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Records of the customer that happened within [from, to) — one local day of the team, for the daily cap.
    /// </summary>
    Task<int> CountRecordsAsync(
        Guid customerId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Open plans due before <paramref name="before"/>, oldest first, at most <paramref name="limit"/> (the overdue
    /// scan).
    /// </summary>
    Task<IReadOnlyList<FollowUpPlan>> OpenPlansDueBeforeAsync(
        DateTimeOffset before, int limit, CancellationToken cancellationToken);

    void Add(FollowUpPlan plan);

    void Add(FollowUpRecord record);
}
