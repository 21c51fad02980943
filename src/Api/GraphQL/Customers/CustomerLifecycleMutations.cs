using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Customers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>Grading and lifecycle mutations: each is one domain command on one customer.</summary>
public static class CustomerLifecycleMutations
{
    // A named guide must exist and be a supervisor of the customer's team.
    private static async Task<Guid?> GuideAsync(Persistence.CrmDbContext db, InputValues input, Customer customer, CancellationToken cancellationToken)
    {
        if (input.OptionalId("supervisorGuideId", "User") is not { } guideId)
        {
            return null;
        }

        var guide = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == guideId, cancellationToken).ConfigureAwait(false)
            ?? throw new Errors.NotFoundException("supervisorGuideId", "user");
        Customer.CheckSupervisorGuide(guide, customer.TeamId);
        return guideId;
    }

    public static void AddCustomerLifecycleMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<CustomerType>(
            "changeCustomerGrade", "customer", "Changes the A/B/C grade with its reason; A needs a supervisor guide. 调整客户分级。",
            i => i.Customer().Choice("grade", "CustomerGrade", "The new grade. 新的客户分级。").Text("reason", "升级/降级原因 (required).", required: true).Id("supervisorGuideId", "The supervisor guiding an A-grade customer. 负责指导 A 级客户的销售主管。", required: false),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), async (customer, x, db) =>
            {
                var guide = await GuideAsync(db, input, customer, c.CancellationToken).ConfigureAwait(false);
                customer.Regrade(input.Choice<CustomerGrade>("grade")!.Value, input.Text("reason")!, x.Viewer.UserId, guide, x.Now);
                return customer;
            }));

        mutation.AddMutation<CustomerType>(
            "reviewCustomerGrade", "customer", "Confirms the current grade in the weekly review. 每周复核分级。",
            i => i.Customer(),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) => customer.ReviewGrade(x.Viewer.UserId, x.Now)));

        mutation.AddMutation<CustomerType>(
            "moveCustomerStage", "customer", "Moves the lifecycle backwards, to at-risk, churned or lost, with a reason. 调整客户阶段。",
            i => i.Customer().Choice("stage", "LifecycleStage", "The stage to move to. 要调整到的客户阶段。").Text("reason", "Why (required). 原因（必填）。", required: true),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) =>
                customer.MoveStage(input.Choice<LifecycleStage>("stage")!.Value, input.Text("reason")!, x.Viewer.UserId, x.Now)));

        mutation.AddMutation<CustomerType>(
            "reopenCustomer", "customer", "Reopens a lost prospect. 重新开启。",
            i => i.Customer().Text("reason", "Why (required). 原因（必填）。", required: true),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) => customer.Reopen(input.Text("reason")!, x.Viewer.UserId, x.Now)));

        mutation.AddMutation<CustomerType>(
            "recordCustomerNeeds", "customer", "Records what the customer needs, for how much and by when. 客户需求。",
            i => i.Customer().Text("product", "Product or service wanted. 需求产品或服务。").Decimal("budgetMin", "Budget minimum. 预算下限。").Decimal("budgetMax", "Budget maximum. 预算上限。")
                .Text("currency", "币种, default CNY.").Date("expectedCloseOn", "Expected signing date. 预计签约日期。").Choice("decisionChain", "DecisionChain", "Decision chain. 决策链。", required: false).Text("description", "Description of the needs. 需求描述。"),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) => customer.RecordNeeds(
                new CustomerNeeds(input.Text("product"), input.Decimal("budgetMin"), input.Decimal("budgetMax"), input.Text("currency") ?? "CNY", input.Date("expectedCloseOn"), input.Choice<DecisionChain>("decisionChain") ?? DecisionChain.Unknown, input.Text("description")), x.Now)));

        mutation.AddMutation<CustomerType>(
            "evaluateCustomer", "customer", "Scores purchasing power, intent and loyalty (1–5); a prospect becomes qualified. 潜在客户评估。",
            i => i.Customer().Int("purchasingPower", "Purchasing power, 1–5. 购买力，1–5 分。", required: true).Int("purchaseIntent", "Purchase intent, 1–5. 购买意愿，1–5 分。", required: true).Int("loyalty", "Loyalty, 1–5. 忠诚度，1–5 分。", required: true).Text("note", "Evaluation note. 评估备注。"),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) => customer.Evaluate(
                CustomerEvaluation.Score(input.Int("purchasingPower")!.Value, input.Int("purchaseIntent")!.Value, input.Int("loyalty")!.Value, input.Text("note"), x.Viewer.UserId, x.Now), x.Now)));

        mutation.AddMutation<CustomerType>(
            "recordRepurchaseIntent", "customer", "An established customer intends to buy again or more: back to A. 复购/增购意向。",
            i => i.Customer().Text("reason", "What they want (required). 客户的复购/增购需求（必填）。", required: true).Id("supervisorGuideId", "The supervisor guiding the A-grade customer. 指导该 A 级客户的销售主管。", required: false),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), async (customer, x, db) =>
            {
                var guide = await GuideAsync(db, input, customer, c.CancellationToken).ConfigureAwait(false);
                customer.RecordRepurchaseIntent(input.Text("reason")!, x.Viewer.UserId, guide, x.Now);
                return customer;
            }));

        mutation.AddMutation<CustomerType>(
            "recordCustomerMaintenance", "customer", "Records satisfaction, loyalty and the maintenance strategy of a signed customer. 客户关系维护。",
            i => i.Customer().Int("satisfactionScore", "Satisfaction score, 1–5. 满意度评分，1–5 分。", required: true).Int("loyaltyScore", "Loyalty score, 1–5. 忠诚度评分，1–5 分。", required: true).Text("strategy", "Maintenance strategy. 维护策略。"),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) =>
                customer.RecordMaintenance(input.Int("satisfactionScore")!.Value, input.Int("loyaltyScore")!.Value, input.Text("strategy"), x.Viewer.UserId, x.Now)));
    }
}
