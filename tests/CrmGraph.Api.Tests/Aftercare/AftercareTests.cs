using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.Aftercare;

/// <summary>
/// After the sale: a complaint through each step, care, surveys, feedback and a win-back, on both engines.
/// </summary>
public sealed class AftercareTests
{
    private const string Errors = "errors { __typename ... on Error { code message } ... on ValidationError { field " +
        "} }";

    [EngineFact]
    public async Task A_complaint_is_answered_resolved_revisited_and_closed_only_when_the_customer_is_satisfied(
        Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var id = await CreateCustomerAsync(api, alice);
        const string Service = "service { id status responseMinutes satisfied version }";

        var opened = await Run(
            api, alice, "recordService",
            new
            {
                customerId = id,
                type = "COMPLAINT",
                content = "系统上线后报表打不开",
                requestedAt = "2026-03-02T00:00:00Z",
                idempotencyKey = "c-1"
            }, Service);
        var retried = await Run(
            api, alice, "recordService",
            new
            {
                customerId = id,
                type = "COMPLAINT",
                content = "系统上线后报表打不开",
                requestedAt = "2026-03-02T00:00:00Z",
                idempotencyKey = "c-1"
            }, Service);
        var serviceId = opened.Data!["recordService"]!["service"]!["id"]!.GetValue<string>();
        var tooEarly = await Run(api, alice, "closeService", new { serviceId }, Service);
        var byBob = await Run(api, bob, "answerService", new { serviceId, answer = "x" }, Service);
        await Ok(api, alice, "answerService", new { serviceId, answer = "已安排工程师远程排查" }, Service);
        await Ok(api, alice, "resolveService", new { serviceId, result = "修复了报表权限配置" }, Service);
        var unhappy = await Ok(
            api, alice, "revisitService", new { serviceId, note = "客户仍有一张报表打不开", satisfied = false }, Service);
        await Ok(api, alice, "resolveService", new { serviceId, result = "补齐最后一张报表的权限" }, Service);
        await Ok(api, alice, "revisitService", new { serviceId, note = "客户确认全部正常", satisfied = true }, Service);
        var closed = await Ok(api, alice, "closeService", new { serviceId, expectedVersion = 5 }, Service);
        var listed = await api.PostAsync(alice, $"{{ serviceRecords(where: {{ customerId: {{ eq: \"{id}\" }}, type: " +
            $"{{ eq: COMPLAINT }} }}) {{ totalCount nodes {{ status content }} }} node(id: \"{serviceId}\") {{ ... " +
            "on ServiceRecord { status } } }");
        var hidden = await api.PostAsync(
            bob, $"{{ serviceRecords {{ totalCount }} node(id: \"{serviceId}\") {{ id }} }}");

        retried.Data!["recordService"]!["service"]!["id"]!.GetValue<string>().ShouldBe(serviceId);
        tooEarly.Data!["closeService"]!["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("COMPLAINT_NEEDS_REVISIT");
        byBob.Data!["answerService"]!["errors"]![0]!["__typename"]!.GetValue<string>().ShouldBe("NotFoundError");
        unhappy.Data!["revisitService"]!["service"]!["status"]!.GetValue<string>().ShouldBe("ANSWERED");
        closed.ToString().MatchSnapshot();
        listed.Data!["serviceRecords"]!["totalCount"]!.GetValue<int>().ShouldBe(1);
        listed.Data!["node"]!["status"]!.GetValue<string>().ShouldBe("CLOSED");
        hidden.Data!["serviceRecords"]!["totalCount"]!.GetValue<int>().ShouldBe(0);
        hidden.Data!["node"].ShouldBeNull();
    }

    [EngineFact]
    public async Task Care_surveys_feedback_and_a_win_back_are_recorded_and_shown_on_the_customer(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var id = await CreateCustomerAsync(api, alice);

        await Ok(api, alice, "recordCareAction", new { customerId = id, kind = "HOLIDAY_GREETING", note = "春节礼盒" },
            "careAction { kind }");
        var badScore = await Run(
            api, alice, "recordSatisfactionSurvey", new { customerId = id, score = 6 }, "survey { score }");
        await Ok(api, alice, "recordSatisfactionSurvey", new { customerId = id, score = 2, comment = "响应太慢" },
            "survey { score satisfied }");
        var feedback = await Ok(
            api, alice, "recordFeedback", new { customerId = id, category = "SUGGESTION", content = "希望支持移动端审批" },
            "feedback { id forProductDepartment }");
        await Ok(
            api, alice, "markFeedbackForProduct",
            new { feedbackId = feedback.Data!["recordFeedback"]!["feedback"]!["id"]!.GetValue<string>() },
            "feedback { forProductDepartment }");
        var notAtRisk = await Run(
            api, alice, "startWinBack", new { customerId = id, churnReason = "竞品降价", measures = "给出续约优惠" },
            "winBack { outcome }");
        var deal = (await api.PostAsync(alice, $"mutation {{ openDeal(input: {{ customerId: \"{id}\", product: " +
            "\"CRM\", amount: 100000 }) { deal { id } } }")).Data!["openDeal"]!["deal"]!["id"]!.GetValue<string>();
        await Ok(
            api, alice, "winDeal",
            new { dealId = deal, keyFactor = "试用效果好", termStart = "2026-03-01", termEnd = "2027-02-28" },
            "deal { status }");
        await Ok(
            api, alice, "moveCustomerStage", new { customerId = id, stage = "AT_RISK", reason = "满意度 2 分" },
            "customer { stage }");
        var winBack = await Ok(
            api, alice, "startWinBack", new { customerId = id, churnReason = "竞品降价", measures = "给出续约优惠" },
            "winBack { id outcome }");
        await Ok(api, alice, "concludeWinBack", new
        {
            winBackId = winBack.Data!["startWinBack"]!["winBack"]!["id"]!.GetValue<string>(),
            wonBack = false,
            effect = "客户仍选择竞品"
        }, "winBack { outcome }");
        var customer = await api.PostAsync(alice, $$"""
            { node(id: "{{id}}") { ... on Customer { stage careActions { kind note } satisfactionSurveys { score satisfied comment } feedback { category content forProductDepartment } winBackAttempts { outcome effect } serviceRecords { id } } } }
            """);

        badScore.Data!["recordSatisfactionSurvey"]!["errors"]![0]!["field"]!.GetValue<string>().ShouldBe("score");
        notAtRisk.Data!["startWinBack"]!["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("NOT_AT_RISK");
        customer.ToString().MatchSnapshot();
    }

    private static async Task<string> CreateCustomerAsync(TestApi api, string token)
    {
        var response = await api.PostAsync(token, "mutation { createCustomer(input: { name: \"上海星辰科技有限公司\", kind: " +
            "ORGANIZATION }) { customer { id } } }");
        return response.Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
    }

    private static Task<GraphQLResponse> Run(
        TestApi api, string token, string mutation, object input, string selection) =>
        api.PostAsync(token, $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ " +
            $"{mutation}(input: $input) {{ {selection} {Errors} }} }}", new { input });

    private static async Task<GraphQLResponse> Ok(
        TestApi api, string token, string mutation, object input, string selection)
    {
        var response = await Run(api, token, mutation, input, selection);
        response.Errors.ShouldBeNull(response.ToString());
        response.Data![mutation]!["errors"].ShouldBeNull(response.ToString());
        return response;
    }
}
