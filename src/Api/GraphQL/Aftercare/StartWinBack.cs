using System.ComponentModel;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Retention;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>The input of <c>startWinBack</c> (GraphQL: <c>StartWinBackInput</c>).</summary>
public sealed record StartWinBackInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description("Churn reason. 流失原因。")] string ChurnReason,
    [Description("Win-back measures. 挽回措施。")] string Measures,
    [Description(InputDocs.IdempotencyKey)] string? IdempotencyKey) : ICustomerRecordInput;

/// <summary>Starts winning back an at-risk or churned customer (the rules: WinBackAttempt.Start).</summary>
public static class StartWinBack
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, StartWinBackInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerRecordCreation.CreateAsync(context, input, "startWinBack", (customer, x, _) =>
            Task.FromResult(WinBackAttempt.Start(
                x.NewId(), customer, customer.OwnerOr(x.Viewer.UserId), input.ChurnReason, input.Measures,
                x.Now)));
    }
}
