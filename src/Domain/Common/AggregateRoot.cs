namespace CrmGraph.Domain.Common;

/// <summary>
/// Base of every aggregate: an id chosen by the caller, a version, and the events raised since the last save.
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public Guid Id { get; protected set; }

    /// <summary>
    /// Counts the saved changes of this aggregate (optimistic concurrency): persistence raises it on every save and
    /// refuses a save that started from an older version. The domain never sets it.
    /// </summary>
    public int Version { get; private set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    public void ClearDomainEvents() => _domainEvents.Clear();

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
