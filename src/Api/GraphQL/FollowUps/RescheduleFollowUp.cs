using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.FollowUps;

/// <summary>The input of <c>rescheduleFollowUp</c>; the GraphQL type <c>RescheduleFollowUpInput</c>.</summary>
public sealed record RescheduleFollowUpInput(
    [GlobalId(FollowUpPlanType.TypeName), Description("The plan. 跟进计划。")] Guid PlanId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("The new due time. 新的计划跟进时间。")] DateTimeOffset DueAt,
    [Description("Why (required). 原因（必填）。")] string Reason);

/// <summary>Moves a planned follow-up to another time, with a reason.</summary>
public static class RescheduleFollowUp
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, RescheduleFollowUpInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return FollowUpPlanChange.ApplyAsync(
            context, input.PlanId, input.ExpectedVersion, (plan, now) =>
                plan.Reschedule(input.DueAt, input.Reason, now));
    }
}
