using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.Aftercare;

public sealed class ChurnRiskTests
{
    [EngineFact]
    public async Task An_unhappy_customer_with_an_open_complaint_is_moved_to_at_risk_and_a_quiet_prospect_is_not(
        Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var id = (await api.PostAsync(alice, "mutation { createCustomer(input: { name: \"星辰科技\", kind: ORGANIZATION " +
            "}) { customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        const string Assess = "mutation($input: AssessChurnRiskInput!) { assessChurnRisk(input: $input) { assessment " +
            "{ signals movedToAtRisk customer { stage } } errors { __typename ... on Error { code } } } }";

        var prospect = await api.PostAsync(alice, Assess, new { input = new { customerId = id } });
        var deal = (await api.PostAsync(
            alice,
            $"mutation {{ openDeal(input: {{ customerId: \"{id}\", product: \"CRM\", amount: 1000, idempotencyKey: " +
            "\"d-1\" }) { deal { id } } }")).Data!["openDeal"]!["deal"]!["id"]!.GetValue<string>();
        var again = (await api.PostAsync(
            alice,
            $"mutation {{ openDeal(input: {{ customerId: \"{id}\", product: \"CRM\", amount: 1000, idempotencyKey: " +
            "\"d-1\" }) { deal { id } } }")).Data!["openDeal"]!["deal"]!["id"]!.GetValue<string>();
        await api.PostAsync(alice, $"mutation {{ winDeal(input: {{ dealId: \"{deal}\", keyFactor: \"试用\", termStart: " +
            "\"2026-03-01\", termEnd: \"2027-02-28\" }) { deal { id } } }");
        await api.PostAsync(alice, $"mutation {{ recordSatisfactionSurvey(input: {{ customerId: \"{id}\", score: 2 " +
            "}) { survey { id } } }");
        await api.PostAsync(alice, $"mutation {{ recordService(input: {{ customerId: \"{id}\", type: COMPLAINT, " +
            "content: \"响应慢\" }) { service { id } } }");
        var unhappy = await api.PostAsync(alice, Assess, new { input = new { customerId = id } });

        prospect.Data!["assessChurnRisk"]!["assessment"]!["signals"]!.AsArray().ShouldBeEmpty();
        prospect.Data!["assessChurnRisk"]!["assessment"]!["movedToAtRisk"]!.GetValue<bool>().ShouldBeFalse();
        again.ShouldBe(deal);
        var assessment = unhappy.Data!["assessChurnRisk"]!["assessment"]!;
        assessment["signals"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldBe(
            ["LOW_SATISFACTION", "OPEN_COMPLAINT"]);
        assessment["movedToAtRisk"]!.GetValue<bool>().ShouldBeTrue();
        assessment["customer"]!["stage"]!.GetValue<string>().ShouldBe("AT_RISK");
    }

    [EngineFact]
    public async Task Audit_entries_and_api_tokens_are_nodes_for_those_who_may_see_them(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        await api.PostAsync(
            alice, "mutation { createCustomer(input: { name: \"李四\", kind: INDIVIDUAL }) { customer { id } } }");
        var token = (await api.PostAsync(alice, "mutation { createApiToken(input: { name: \"看板\", scope: READ_ONLY }) { created { token { id } } } }")).Data!["createApiToken"]!["created"]!["token"]!["id"]!.GetValue<string>();
        var entry = (await api.PostAsync(alice, "{ auditTrail(first: 1) { nodes { id } } }")).Data![
            "auditTrail"]!["nodes"]![0]!["id"]!.GetValue<string>();
        const string Query = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }";

        var own = await api.PostAsync(alice, Query, new { ids = new[] { token, entry } });
        var other = await api.PostAsync(bob, Query, new { ids = new[] { token, entry } });

        own.Data!["nodes"]!.AsArray().Select(n => n!["__typename"]!.GetValue<string>()).ShouldBe(
            ["ApiToken", "AuditEntry"]);
        other.Data!["nodes"]!.AsArray().ShouldAllBe(n => n == null);
    }
}
