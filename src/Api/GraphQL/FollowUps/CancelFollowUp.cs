using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.FollowUps;

/// <summary>The input of <c>cancelFollowUp</c>; the GraphQL type <c>CancelFollowUpInput</c>.</summary>
public sealed record CancelFollowUpInput(
    [GlobalId(FollowUpPlanType.TypeName), Description("The plan. 跟进计划。")] Guid PlanId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("Why (required). 原因（必填）。")] string Reason);

/// <summary>Cancels a planned follow-up, with a reason.</summary>
public static class CancelFollowUp
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, CancelFollowUpInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return FollowUpPlanChange.ApplyAsync(
            context, input.PlanId, input.ExpectedVersion, (plan, now) => plan.Cancel(input.Reason, now));
    }
}
