namespace CrmGraph.Api.Persistence.Sharing;

/// <summary>
/// One colleague a customer is shared with, with the customer's sort keys: PostgreSQL's index of
/// <c>customers.shared_with</c> in a list's order (ADR-054). Kept by a trigger on <c>customers</c>, never written by
/// the application; read only to walk "shared with me" in name or entry order.
/// </summary>
public sealed class CustomerShare
{
    public Guid UserId { get; private set; }

    public Guid CustomerId { get; private set; }

    public string Name { get; private set; } = "";

    public DateTimeOffset EnteredAt { get; private set; }
}
