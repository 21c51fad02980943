using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.Customers;

/// <summary>A salesperson works a customer from first entry to an A grade, on both engines.</summary>
public sealed class CustomerMutationTests
{
    private const string Errors = "errors { __typename ... on Error { code message } ... on ValidationError { field " +
        "} }";
    private const string Full = """
        id name stage grade supervisorGuideId tags inPool
        needs { product budgetMin budgetMax currency expectedCloseOn decisionChain }
        evaluation { purchasingPower purchaseIntent loyalty total }
        contacts { name title phone isKeyDecisionMaker }
        gradeProposal { grade chineseReasons }
        stageHistory { from to trigger reason at }
        gradeHistory { from to reason at }
        """;

    [EngineFact]
    public async Task A_customer_is_worked_from_entry_to_an_A_grade(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var sue = await api.EnrollAsync("sue", UserRole.Supervisor);
        var sueId = (await api.PostAsync(sue, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();
        var id = (await api.PostAsync(alice, "mutation { createCustomer(input: { name: \"上海星辰科技有限公司\", kind: " +
            "ORGANIZATION }) { customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

        await Ok(
            api, alice, "addContact",
            new { customerId = id, name = "王总", title = "总经理", phone = "13900000001", isKeyDecisionMaker = true });
        await Ok(api, alice, "recordCustomerNeeds", new { customerId = id, product = "CRM 系统", budgetMin = 500000, budgetMax = 800000, expectedCloseOn = "2026-03-12", decisionChain = "SHORT" });
        await Ok(
            api, alice, "evaluateCustomer",
            new { customerId = id, purchasingPower = 5, purchaseIntent = 4, loyalty = 3 });
        var noGuide = await Run(
            api, alice, "changeCustomerGrade", new { customerId = id, grade = "A", reason = "两周内签约" });
        await Ok(
            api, alice, "changeCustomerGrade",
            new { customerId = id, grade = "A", reason = "两周内签约", supervisorGuideId = sueId });
        var final = await Ok(api, alice, "setCustomerTags", new { customerId = id, tags = new[] { "价格敏感", "竞品对比中" } });

        noGuide.Data!["changeCustomerGrade"]!["errors"]![0]!["code"]!.GetValue<string>()
            .ShouldBe("A_GRADE_NEEDS_SUPERVISOR_GUIDE");
        final.ToString().MatchSnapshot();
    }

    [EngineFact]
    public async Task Colleagues_may_see_a_shared_customer_but_not_change_it(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var bobId = (await api.PostAsync(bob, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();
        var id = (await api.PostAsync(alice, "mutation { createCustomer(input: { name: \"李四\", kind: INDIVIDUAL }) { " +
            "customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

        var beforeShare = await Run(api, bob, "setCustomerTags", new { customerId = id, tags = new[] { "x" } });
        await Ok(api, alice, "shareCustomer", new { customerId = id, userId = bobId });
        var afterShare = await Run(api, bob, "setCustomerTags", new { customerId = id, tags = new[] { "x" } });

        beforeShare.Data!["setCustomerTags"]!["errors"]![0]!["__typename"]!.GetValue<string>()
            .ShouldBe("NotFoundError");
        afterShare.Data!["setCustomerTags"]!["errors"]![0]!["__typename"]!.GetValue<string>()
            .ShouldBe("NotAllowedError");
    }

    [EngineFact]
    public async Task Moving_a_stage_back_needs_a_reason_and_bad_ids_name_the_field(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        var id = (await api.PostAsync(token, "mutation { createCustomer(input: { name: \"王五\", kind: INDIVIDUAL }) { " +
            "customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

        var blank = await Run(api, token, "moveCustomerStage", new { customerId = id, stage = "LOST", reason = " " });
        var lost = await Ok(api, token, "moveCustomerStage", new { customerId = id, stage = "LOST", reason = "预算取消" });
        var badId = await Run(
            api, token, "moveCustomerStage", new { customerId = "bm9wZQ==", stage = "LOST", reason = "x" });

        blank.Data!["moveCustomerStage"]!["errors"]![0]!["field"]!.GetValue<string>().ShouldBe("reason");
        lost.Data!["moveCustomerStage"]!["customer"]!["stage"]!.GetValue<string>().ShouldBe("LOST");
        badId.Data!["moveCustomerStage"]!["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("INVALID_ID");
        badId.Data!["moveCustomerStage"]!["errors"]![0]!["field"]!.GetValue<string>().ShouldBe("customerId");
    }

    private static Task<GraphQLResponse> Run(TestApi api, string token, string mutation, object input) =>
        api.PostAsync(token, $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ " +
            $"{mutation}(input: $input) {{ customer {{ {Full} }} {Errors} }} }}", new { input });

    private static async Task<GraphQLResponse> Ok(TestApi api, string token, string mutation, object input)
    {
        var response = await Run(api, token, mutation, input);
        response.Errors.ShouldBeNull(response.ToString());
        response.Data![mutation]!["errors"].ShouldBeNull(response.ToString());
        return response;
    }
}
