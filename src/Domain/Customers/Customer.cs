using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers.Events;

namespace CrmGraph.Domain.Customers;

/// <summary>A customer in the archive (客户档案), owned by a salesperson of one team.</summary>
public sealed class Customer : AggregateRoot
{
    public const int NameMaxLength = 200;

    // Only for EF.
    private Customer()
    {
        Name = string.Empty;
    }

    private Customer(Guid id, Guid teamId, Guid ownerId, CustomerKind kind, string name, DateTimeOffset firstContactAt, DateTimeOffset now)
    {
        Id = id;
        TeamId = teamId;
        OwnerId = ownerId;
        Kind = kind;
        Name = name;
        FirstContactAt = firstContactAt;
        EnteredAt = now;
    }

    public Guid TeamId { get; private set; }

    /// <summary>The salesperson responsible (负责人).</summary>
    public Guid OwnerId { get; private set; }

    public CustomerKind Kind { get; private set; }

    public string Name { get; private set; }

    /// <summary>When the salesperson first met the customer (首次接触时间).</summary>
    public DateTimeOffset FirstContactAt { get; private set; }

    /// <summary>When the record was entered (录入时间); at most 24 hours after first contact by rule.</summary>
    public DateTimeOffset EnteredAt { get; private set; }

    /// <summary>Registers a customer met at <paramref name="firstContactAt"/> (defaults to now).</summary>
    public static Customer Register(
        Guid id,
        Guid teamId,
        Guid ownerId,
        CustomerKind kind,
        string name,
        DateTimeOffset? firstContactAt,
        DateTimeOffset now)
    {
        var customerName = Guard.RequiredText(name, "name", NameMaxLength, "客户名称");
        var enteredAt = Guard.Utc(now);
        var firstContact = Guard.Utc(firstContactAt ?? now);
        if (firstContact > enteredAt)
        {
            throw new DomainException(
                "FIRST_CONTACT_IN_FUTURE",
                "'firstContactAt' cannot be later than the time of entry.",
                "首次接触时间不能晚于录入时间。",
                "firstContactAt");
        }

        var customer = new Customer(id, teamId, ownerId, kind, customerName, firstContact, enteredAt);
        customer.Raise(new CustomerRegistered(id, teamId, ownerId, enteredAt));
        return customer;
    }
}
