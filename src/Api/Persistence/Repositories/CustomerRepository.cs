using CrmGraph.Domain.Customers;

namespace CrmGraph.Api.Persistence.Repositories;

public sealed class CustomerRepository(CrmDbContext db) : ICustomerRepository
{
    public async Task<Customer?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Customers.FindAsync([id], cancellationToken).ConfigureAwait(false);

    public void Add(Customer customer) => db.Customers.Add(customer);
}
