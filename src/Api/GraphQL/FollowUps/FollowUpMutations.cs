using CrmGraph.Api.GraphQL.Mutations;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.FollowUps;

/// <summary>The follow-up mutations: each one input record and one handler, in a file named after it.</summary>
public static class FollowUpMutations
{
    public static void AddFollowUpMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<PlanFollowUpInput, FollowUpPlanType>(
            "planFollowUp", "plan", "Plans a follow-up for a due time. 新建跟进计划。", PlanFollowUp.HandleAsync);

        mutation.AddMutation<RecordFollowUpInput, RecordFollowUpResultType>(
            "recordFollowUp", "recorded",
            "Records a follow-up that happened; completes the plan it fulfils and schedules the next one (from"
            + " nextFollowUpAt or the team's cadence). 记录跟进。",
            RecordFollowUp.HandleAsync);

        mutation.AddMutation<RescheduleFollowUpInput, FollowUpPlanType>(
            "rescheduleFollowUp", "plan", "Moves a planned follow-up to another time, with a reason. 跟进改期。",
            RescheduleFollowUp.HandleAsync);

        mutation.AddMutation<CancelFollowUpInput, FollowUpPlanType>(
            "cancelFollowUp", "plan", "Cancels a planned follow-up, with a reason. 取消跟进计划。",
            CancelFollowUp.HandleAsync);
    }
}
