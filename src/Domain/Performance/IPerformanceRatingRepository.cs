namespace CrmGraph.Domain.Performance;

public interface IPerformanceRatingRepository
{
    Task<PerformanceRating?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The team's ratings whose period overlaps [from, to].</summary>
    Task<IReadOnlyList<PerformanceRating>> ListForPeriodAsync(
        Guid teamId, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    void Add(PerformanceRating rating);
}
