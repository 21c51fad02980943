using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Customers;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>moveCustomerStage</c> (GraphQL: <c>MoveCustomerStageInput</c>).</summary>
public sealed record MoveCustomerStageInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("The stage to move to. 要调整到的客户阶段。")] LifecycleStage Stage,
    [Description("Why (required). 原因（必填）。")] string Reason);

/// <summary>Moves the lifecycle backwards, to at-risk, churned or lost, with a reason.</summary>
public static class MoveCustomerStage
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, MoveCustomerStageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.MoveStage(input.Stage, input.Reason, x.Viewer.UserId, x.Now));
    }
}
