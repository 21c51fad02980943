using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.FollowUps;

/// <summary>A salesperson's day through the API: plan, follow up, open and win a deal; on both engines.</summary>
public sealed class SalespersonDayTests
{
    private const string Errors = "errors { __typename ... on Error { code message } }";

    [EngineFact]
    public async Task Plan_follow_up_and_win_a_deal(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var olga = await api.EnrollAsync("olga", UserRole.Salesperson, await api.FoundTeamAsync("华南团队"));
        var customerId = await CreateAsync(api, alice, "上海星辰科技有限公司");

        var plan = await api.PostAsync(alice, $$"""mutation { planFollowUp(input: { customerId: "{{customerId}}", dueAt: "2026-03-02T06:00:00Z", channel: PHONE, purpose: NEEDS_DISCOVERY }) { plan { id status } {{Errors}} } }""");
        var planId = plan.Data!["planFollowUp"]!["plan"]!["id"]!.GetValue<string>();
        api.Clock.Advance(TimeSpan.FromHours(6));
        var overdue = await api.PostAsync(alice, """{ followUpPlans(where: { status: { eq: PLANNED }, dueAt: { lt: "2026-03-02T07:00:00Z" } }) { totalCount nodes { overdue } } }""");
        var recorded = await api.PostAsync(alice, $$"""
            mutation { recordFollowUp(input: { customerId: "{{customerId}}", planId: "{{planId}}", happenedAt: "2026-03-02T06:30:00Z", channel: PHONE, purpose: NEEDS_DISCOVERY, content: "确认预算 50-80 万" }) {
              recorded { record { recordLagHours } nextPlan { dueAt fromCadence } beyondDailyCap } {{Errors}} } }
            """);
        var deal = await api.PostAsync(alice, $$"""mutation { openDeal(input: { customerId: "{{customerId}}", product: "CRM 年度订阅", amount: 400000 }) { deal { id status } {{Errors}} } }""");
        deal.Data!["openDeal"]!["errors"].ShouldBeNull(deal.ToString());
        var dealId = deal.Data!["openDeal"]!["deal"]!["id"]!.GetValue<string>();
        var won = await api.PostAsync(alice, $$"""mutation { winDeal(input: { dealId: "{{dealId}}", keyFactor: "试用效果好", finalAmount: 380000, termStart: "2026-03-10", termEnd: "2027-03-09" }) { deal { status conversion { amount keyFactor } } {{Errors}} } }""");
        var afterwards = await api.PostAsync(alice, $$"""query { node(id: "{{customerId}}") { ... on Customer { stage termEnd lastFollowUpAt purchases { amount } } } followUpPlans(where: { status: { eq: DONE } }) { totalCount } deals(where: { status: { eq: WON } }) { nodes { amount } } }""");
        var outsider = await api.PostAsync(olga, $$"""query { node(id: "{{planId}}") { id } deals { totalCount } }""");

        overdue.Errors.ShouldBeNull(overdue.ToString());
        overdue.Data!["followUpPlans"]!["totalCount"]!.GetValue<int>().ShouldBe(1);
        overdue.Data!["followUpPlans"]!["nodes"]![0]!["overdue"]!.GetValue<bool>().ShouldBeTrue();
        recorded.ToString().MatchSnapshot(new Snapshooter.SnapshotNameExtension("recorded"));
        won.Data!["winDeal"]!["deal"]!["conversion"]!["amount"]!.GetValue<decimal>().ShouldBe(380000m);
        afterwards.ToString().MatchSnapshot(new Snapshooter.SnapshotNameExtension("afterwards"));
        outsider.Data!["node"].ShouldBeNull();
        outsider.Data!["deals"]!["totalCount"]!.GetValue<int>().ShouldBe(0);
    }

    [EngineFact]
    public async Task A_fourth_follow_up_in_one_local_day_is_refused(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var customerId = await CreateAsync(api, alice, "李四");
        api.Clock.Advance(TimeSpan.FromHours(12));

        var codes = new List<string?>();
        foreach (var hour in new[] { 1, 2, 3, 4 })
        {
            var response = await api.PostAsync(alice, $$"""mutation { recordFollowUp(input: { customerId: "{{customerId}}", happenedAt: "2026-03-02T0{{hour}}:00:00Z", channel: WE_CHAT, purpose: OTHER, content: "沟通" }) { recorded { beyondDailyCap } {{Errors}} } }""");
            codes.Add(response.Data!["recordFollowUp"]!["errors"]?[0]?["code"]?.GetValue<string>());
        }

        codes.ShouldBe([null, null, null, "DAILY_FOLLOW_UP_CAP_REACHED"]);
    }

    private static async Task<string> CreateAsync(TestApi api, string token, string name) =>
        (await api.PostAsync(token, $$"""mutation { createCustomer(input: { name: "{{name}}", kind: ORGANIZATION }) { customer { id } } }""")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
}
