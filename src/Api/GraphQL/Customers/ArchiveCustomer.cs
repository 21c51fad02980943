using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>archiveCustomer</c> (GraphQL: <c>ArchiveCustomerInput</c>).</summary>
public sealed record ArchiveCustomerInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion);

/// <summary>Archives the customer (kept, hidden from daily work).</summary>
public static class ArchiveCustomer
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, ArchiveCustomerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.Archive(x.Viewer.UserId, x.Now));
    }
}
