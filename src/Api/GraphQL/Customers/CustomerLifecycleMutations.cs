using CrmGraph.Api.GraphQL.Mutations;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>
/// Grading and lifecycle mutations: each is one domain command on one customer, with one input record and one
/// handler in a file named after it.
/// </summary>
public static class CustomerLifecycleMutations
{
    public static void AddCustomerLifecycleMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<ChangeCustomerGradeInput, CustomerType>(
            "changeCustomerGrade", "customer",
            "Changes the A/B/C grade with its reason; A needs a supervisor guide. 调整客户分级。",
            ChangeCustomerGrade.HandleAsync);

        mutation.AddMutation<ReviewCustomerGradeInput, CustomerType>(
            "reviewCustomerGrade", "customer", "Confirms the current grade in the weekly review. 每周复核分级。",
            ReviewCustomerGrade.HandleAsync);

        mutation.AddMutation<MoveCustomerStageInput, CustomerType>(
            "moveCustomerStage", "customer",
            "Moves the lifecycle backwards, to at-risk, churned or lost, with a reason. 调整客户阶段。",
            MoveCustomerStage.HandleAsync);

        mutation.AddMutation<ReopenCustomerInput, CustomerType>(
            "reopenCustomer", "customer", "Reopens a lost prospect. 重新开启。", ReopenCustomer.HandleAsync);

        mutation.AddMutation<RecordCustomerNeedsInput, CustomerType>(
            "recordCustomerNeeds", "customer",
            "Records what the customer needs, for how much and by when. 客户需求。",
            RecordCustomerNeeds.HandleAsync);

        mutation.AddMutation<EvaluateCustomerInput, CustomerType>(
            "evaluateCustomer", "customer",
            "Scores purchasing power, intent and loyalty (1–5); a prospect becomes qualified. 潜在客户评估。",
            EvaluateCustomer.HandleAsync);

        mutation.AddMutation<RecordRepurchaseIntentInput, CustomerType>(
            "recordRepurchaseIntent", "customer",
            "An established customer intends to buy again or more: back to A. 复购/增购意向。",
            RecordRepurchaseIntent.HandleAsync);

        mutation.AddMutation<RecordCustomerMaintenanceInput, CustomerType>(
            "recordCustomerMaintenance", "customer",
            "Records satisfaction, loyalty and the maintenance strategy of a signed customer. 客户关系维护。",
            RecordCustomerMaintenance.HandleAsync);
    }
}
