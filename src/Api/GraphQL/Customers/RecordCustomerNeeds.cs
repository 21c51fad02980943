using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Customers;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>recordCustomerNeeds</c> (GraphQL: <c>RecordCustomerNeedsInput</c>).</summary>
public sealed record RecordCustomerNeedsInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("Product or service wanted. 需求产品或服务。")] string? Product,
    [Description("Budget minimum. 预算下限。")] decimal? BudgetMin,
    [Description("Budget maximum. 预算上限。")] decimal? BudgetMax,
    [Description("币种, default CNY.")] string? Currency,
    [Description("Expected signing date. 预计签约日期。")] DateOnly? ExpectedCloseOn,
    [Description("Decision chain. 决策链。")] DecisionChain? DecisionChain,
    [Description("Description of the needs. 需求描述。")] string? Description)
{
    public CustomerNeeds Needs() => new(
        Product, BudgetMin, BudgetMax, Currency ?? "CNY", ExpectedCloseOn,
        DecisionChain ?? Domain.Customers.DecisionChain.Unknown, Description);
}

/// <summary>Records what the customer needs, for how much and by when.</summary>
public static class RecordCustomerNeeds
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, RecordCustomerNeedsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.RecordNeeds(input.Needs(), x.Now));
    }
}
