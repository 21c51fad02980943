using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>removeKeyDate</c> (GraphQL: <c>RemoveKeyDateInput</c>).</summary>
public sealed record RemoveKeyDateInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [GlobalId("KeyDate"), Description("The key date. 重要日期。")] Guid KeyDateId);

/// <summary>Removes a key date.</summary>
public static class RemoveKeyDate
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, RemoveKeyDateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.RemoveKeyDate(input.KeyDateId, x.Now));
    }
}
