using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>reopenCustomer</c> (GraphQL: <c>ReopenCustomerInput</c>).</summary>
public sealed record ReopenCustomerInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("Why (required). 原因（必填）。")] string Reason);

/// <summary>Reopens a lost prospect.</summary>
public static class ReopenCustomer
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, ReopenCustomerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.Reopen(input.Reason, x.Viewer.UserId, x.Now));
    }
}
