namespace CrmGraph.Domain.Deals;

public interface IDealRepository
{
    Task<Deal?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> HasOpenDealAsync(Guid customerId, CancellationToken cancellationToken);

    void Add(Deal deal);
}
