namespace CrmGraph.Domain.Customers;

/// <summary>
/// A record that belongs to one customer (a plan, a follow-up, a deal, a service record …) and moves with a merge.
/// </summary>
public interface ICustomerRecord
{
    Guid CustomerId { get; }

    /// <summary>
    /// The customer's team when the record was made; merges stay inside a team, so it stays the customer's.
    /// </summary>
    Guid TeamId { get; }

    /// <summary>
    /// Only <see cref="CustomerMerge"/> calls this: the record now belongs to the surviving customer.
    /// </summary>
    void MoveToCustomer(Guid customerId);
}
