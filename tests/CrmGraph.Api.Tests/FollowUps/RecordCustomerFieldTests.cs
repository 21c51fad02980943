using System.Text.Json.Nodes;
using CrmGraph.Api.Tests.ReadPath;
using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.FollowUps;

/// <summary>
/// <c>FollowUpPlan.customer</c> and <c>FollowUpRecord.customer</c>: a list of plans or records names its customers
/// without a second request, in one more SQL statement whatever the page size, read with only the selected columns.
/// </summary>
public sealed class RecordCustomerFieldTests
{
    private const string Plans = """
        { followUpPlans(first: 50, order: [{ dueAt: ASC }]) { nodes { customerId customer { id name grade } } } }
        """;

    [EngineFact]
    public async Task Plans_and_records_name_their_customers_in_one_statement_for_the_whole_page(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        for (var i = 0; i < 12; i++)
        {
            var customer = await CreateAsync(api, alice, $"客户{i:D2}");
            await PostOkAsync(api, alice, $$"""
                mutation { planFollowUp(input: { customerId: "{{customer}}", dueAt: "2026-03-{{10 + i}}T02:00:00Z",
                  channel: PHONE, purpose: NEEDS_DISCOVERY }) { plan { id } } }
                """);
            await PostOkAsync(api, alice, $$"""
                mutation { recordFollowUp(input: { customerId: "{{customer}}", happenedAt: "2026-03-01T0{{i % 10}}:00:00Z",
                  channel: PHONE, purpose: NEEDS_DISCOVERY, content: "电话沟通" }) { recorded { record { id } } } }
                """);
        }

        var statements = await CustomerProjectionTests.StatementsAsync(api, alice, Plans);
        var plans = await PostOkAsync(api, alice, Plans);
        var records = await PostOkAsync(api, alice, """
            { followUpRecords(first: 50) { nodes { customer { name } } } }
            """);

        // Recording a follow-up also plans the next one by the cadence: two plans per customer.
        var planNodes = plans["followUpPlans"]!["nodes"]!.AsArray();
        planNodes.Count.ShouldBe(24);
        planNodes.ShouldAllBe(p => p!["customer"]!["id"]!.GetValue<string>() == p["customerId"]!.GetValue<string>());
        planNodes.Select(p => p!["customer"]!["name"]!.GetValue<string>()).Distinct().Order()
            .ShouldBe(Enumerable.Range(0, 12).Select(i => $"客户{i:D2}"));
        records["followUpRecords"]!["nodes"]!.AsArray().Select(r => r!["customer"]!["name"]!.GetValue<string>())
            .Order().ShouldBe(Enumerable.Range(0, 12).Select(i => $"客户{i:D2}"));
        var customerReads = statements.Where(s => s.Contains("FROM \"customers\"", StringComparison.Ordinal)
            || s.Contains("FROM customers", StringComparison.Ordinal)).ToList();
        statements.Count.ShouldBe(2, string.Join("\n\n", statements));
        customerReads.Count.ShouldBeGreaterThanOrEqualTo(1, string.Join("\n\n", statements));
        statements[^1].ShouldNotContain("profile_phone", Case.Sensitive, "a sealed column that is not selected");
    }

    [EngineFact]
    public async Task Two_selections_of_the_customer_in_one_query_each_get_their_own_fields(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var customer = await CreateAsync(api, alice, "上海星辰科技有限公司", phone: "13900000001");
        await PostOkAsync(api, alice, $$"""
            mutation { planFollowUp(input: { customerId: "{{customer}}", dueAt: "2026-03-10T02:00:00Z",
              channel: PHONE, purpose: NEEDS_DISCOVERY }) { plan { id } } }
            """);

        var data = await PostOkAsync(api, alice, """
            { a: followUpPlans { nodes { customer { name } } } b: followUpPlans { nodes { customer { phone } } } }
            """);

        data["a"]!["nodes"]![0]!["customer"]!["name"]!.GetValue<string>().ShouldBe("上海星辰科技有限公司");
        data["b"]!["nodes"]![0]!["customer"]!["phone"]!.GetValue<string>().ShouldBe("13900000001");
    }

    private static async Task<string> CreateAsync(TestApi api, string token, string name, string? phone = null) =>
        (await PostOkAsync(api, token, $$"""
            mutation { createCustomer(input: { name: "{{name}}", kind: ORGANIZATION{{(phone is null ? "" :
                $", phone: \"{phone}\"")}} }) { customer { id } } }
            """))["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

    private static async Task<JsonNode> PostOkAsync(TestApi api, string token, string query, object? variables = null)
    {
        var response = await api.PostAsync(token, query, variables);
        response.Errors.ShouldBeNull(response.ToString());
        return response.Data!;
    }
}
