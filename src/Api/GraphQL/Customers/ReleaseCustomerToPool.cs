using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>releaseCustomerToPool</c> (GraphQL: <c>ReleaseCustomerToPoolInput</c>).</summary>
public sealed record ReleaseCustomerToPoolInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("Why (required). 原因（必填）。")] string Reason);

/// <summary>Gives the customer back to the team pool, with a reason.</summary>
public static class ReleaseCustomerToPool
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, ReleaseCustomerToPoolInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.ReleaseToPool(x.Viewer.UserId, input.Reason, x.Now));
    }
}
