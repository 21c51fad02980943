using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>setCustomerTags</c> (GraphQL: <c>SetCustomerTagsInput</c>).</summary>
public sealed record SetCustomerTagsInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("The tags, e.g. 价格敏感, 决策链长.")] IReadOnlyList<string> Tags);

/// <summary>Replaces the customer's tags.</summary>
public static class SetCustomerTags
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, SetCustomerTagsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.Tag(input.Tags, x.Now));
    }
}
