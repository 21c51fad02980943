using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>restoreCustomer</c> (GraphQL: <c>RestoreCustomerInput</c>).</summary>
public sealed record RestoreCustomerInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion);

/// <summary>Restores an archived customer.</summary>
public static class RestoreCustomer
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, RestoreCustomerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.Restore(x.Viewer.UserId, x.Now));
    }
}
