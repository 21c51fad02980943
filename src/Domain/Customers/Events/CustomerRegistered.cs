using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Customers.Events;

public sealed record CustomerRegistered(
    Guid CustomerId, Guid TeamId, Guid OwnerId, DateTimeOffset OccurredAt) : IDomainEvent;
