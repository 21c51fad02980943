namespace CrmGraph.Api.Persistence.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,

    /// <summary>Everything about a customer was exported on a privacy request.</summary>
    Exported,

    /// <summary>A customer's personal data was erased on a privacy request.</summary>
    Erased,
}

/// <summary>One saved change of one entity: who, when, what, and each field's value before and after.</summary>
public sealed class AuditEntry
{
    // Only for EF.
    private AuditEntry()
    {
        EntityType = string.Empty;
        Changes = string.Empty;
    }

    public AuditEntry(
        Guid id, DateTimeOffset occurredAt, Guid? actorId, string entityType, Guid entityId, Guid? customerId,
        Guid? teamId, AuditAction action, string changes)
    {
        Id = id;
        OccurredAt = occurredAt;
        ActorId = actorId;
        EntityType = entityType;
        EntityId = entityId;
        CustomerId = customerId;
        TeamId = teamId;
        Action = action;
        Changes = changes;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The user who made the change; null for the system (jobs, migrations).</summary>
    public Guid? ActorId { get; private set; }

    /// <summary>The aggregate changed, e.g. Customer (a contact's change is the customer's).</summary>
    public string EntityType { get; private set; }

    public Guid EntityId { get; private set; }

    /// <summary>The customer the change concerns, when there is one: for per-customer history.</summary>
    public Guid? CustomerId { get; private set; }

    public Guid? TeamId { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>JSON array of <c>{ "field", "before", "after" }</c>; sensitive values are masked.</summary>
    public string Changes { get; private set; }

    /// <summary>After an erasure: which fields changed, when and by whom stays; the values go.</summary>
    public void RedactValues() => Changes = AuditTrail.Redacted(Changes);
}

/// <summary>Who makes the changes saved in this scope; set by the transports from the signed-in viewer.</summary>
public sealed class AuditActor
{
    public Guid? UserId { get; set; }
}
