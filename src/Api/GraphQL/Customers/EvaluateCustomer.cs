using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Customers;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>evaluateCustomer</c> (GraphQL: <c>EvaluateCustomerInput</c>).</summary>
public sealed record EvaluateCustomerInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("Purchasing power, 1–5. 购买力，1–5 分。")] int PurchasingPower,
    [Description("Purchase intent, 1–5. 购买意愿，1–5 分。")] int PurchaseIntent,
    [Description("Loyalty, 1–5. 忠诚度，1–5 分。")] int Loyalty,
    [Description("Evaluation note. 评估备注。")] string? Note);

/// <summary>Scores purchasing power, intent and loyalty (1–5); a prospect becomes qualified.</summary>
public static class EvaluateCustomer
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, EvaluateCustomerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.Evaluate(
                CustomerEvaluation.Score(
                    input.PurchasingPower, input.PurchaseIntent, input.Loyalty, input.Note, x.Viewer.UserId, x.Now),
                x.Now));
    }
}
