using System.ComponentModel;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Deals;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Deals;

/// <summary>The input of <c>openDeal</c>; the GraphQL type <c>OpenDealInput</c> is derived from it.</summary>
public sealed record OpenDealInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("Product or service. 产品或服务。")] string Product,
    [Description("Amount. 金额。")] decimal? Amount,
    [Description("币种, default CNY.")] string? Currency,
    [Description("Expected close date. 预计成交日期。")] DateOnly? ExpectedCloseOn,
    [Description(InputDocs.IdempotencyKey)] string? IdempotencyKey) : ICustomerRecordInput;

/// <summary>Opens a deal for a customer, owned by the customer's owner (or the viewer when it has none).</summary>
public static class OpenDeal
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, OpenDealInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerRecordCreation.CreateAsync(context, input, "openDeal", (customer, x, _) => Task.FromResult(
            DealClosing.Open(
                x.NewId(), customer, customer.OwnerOr(x.Viewer.UserId), input.Product, input.Amount ?? 0,
                input.Currency, input.ExpectedCloseOn, x.Now)));
    }
}
