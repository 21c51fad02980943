using System.Collections.Concurrent;
using System.Reflection;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>A committed change to a customer you can see, for live dashboards.</summary>
public sealed record CustomerChanged(Guid CustomerId, string Change, DateTimeOffset OccurredAt, Customer Customer)
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> CustomerIdProperties = new();

    /// <summary>The customer a domain event is about: every event that carries a <c>CustomerId</c>.</summary>
    public static Guid? CustomerIdOf(IDomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var property = CustomerIdProperties.GetOrAdd(
            domainEvent.GetType(),
            t => t.GetProperty("CustomerId") is { PropertyType: var type } p && type == typeof(Guid) ? p : null);
        return property?.GetValue(domainEvent) as Guid?;
    }
}

public sealed class CustomerChangedType : ObjectGraphType<CustomerChanged>
{
    public CustomerChangedType()
    {
        Name = "CustomerChanged";
        Description = "A committed change to a customer. 客户变更。";
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("The changed customer's id. 变更客户的 id。")
            .Resolve(c => GlobalId.Format(CustomerType.TypeName, c.Source.CustomerId));
        Field(x => x.Change).Description("What happened, as the domain event's name, e.g. CustomerRegistered. " +
            "发生了什么，以领域事件名表示，例如 CustomerRegistered。");
        Field<NonNullGraphType<DateTimeScalar>>("occurredAt").Description("When the change was committed. 变更时间。")
            .Resolve(c => c.Source.OccurredAt);
        Field<NonNullGraphType<CustomerType>>("customer").Description("The customer as it is now. 客户的当前信息。").Resolve(
            c => c.Source.Customer);
    }
}
