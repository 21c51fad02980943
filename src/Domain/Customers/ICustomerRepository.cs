namespace CrmGraph.Domain.Customers;

public interface ICustomerRepository
{
    Task<Customer?> FindAsync(Guid id, CancellationToken cancellationToken);

    void Add(Customer customer);
}
