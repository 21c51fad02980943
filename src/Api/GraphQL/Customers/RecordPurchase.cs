using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>recordPurchase</c> (GraphQL: <c>RecordPurchaseInput</c>).</summary>
public sealed record RecordPurchaseInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("Product. 产品。")] string Product,
    [Description("Purchase date. 购买日期。")] DateOnly PurchasedOn,
    [Description("Amount. 金额。")] decimal Amount,
    [Description("币种, default CNY.")] string? Currency);

/// <summary>Adds a purchase to the customer's history.</summary>
public static class RecordPurchase
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, RecordPurchaseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.RecordPurchase(
                x.NewId(), input.Product, input.PurchasedOn, input.Amount, input.Currency, x.Now));
    }
}
