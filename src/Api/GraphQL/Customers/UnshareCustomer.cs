using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>unshareCustomer</c> (GraphQL: <c>UnshareCustomerInput</c>).</summary>
public sealed record UnshareCustomerInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [GlobalId("User"), Description("The colleague. 同事。")] Guid UserId);

/// <summary>Stops sharing the customer with a colleague.</summary>
public static class UnshareCustomer
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, UnshareCustomerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.StopSharingWith(input.UserId, x.Now));
    }
}
