using System.Text.Json.Nodes;
using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.Customers;

/// <summary>
/// A supervisor's working day through the filters users need: overdue follow-ups, next follow-up, key dates ahead,
/// tags, grade, stage, source, industry, budget, the pool and customers not contacted for a while — then acting on it.
/// </summary>
public sealed class SupervisorDayTests
{
    [EngineFact]
    public async Task A_supervisor_finds_the_customers_that_need_attention_and_acts(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var sue = await api.EnrollAsync("sue", UserRole.Supervisor);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var bobId = (await api.PostAsync(bob, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();

        // 2026-03-02 09:00 in Shanghai. Alice's book: an overdue A prospect, a referral with a budget and a birthday
        // next week, and a customer nobody has called; plus a pool customer.
        var star = await CreateAsync(
            api, alice, "name: \"星辰科技\", kind: ORGANIZATION, source: EXHIBITION, industry: \"软件\"");
        var moon = await CreateAsync(
            api, alice, "name: \"明月贸易\", kind: ORGANIZATION, source: REFERRAL, industry: \"贸易\"");
        var quiet = await CreateAsync(api, alice, "name: \"静水咨询\", kind: ORGANIZATION, source: OTHER");
        var pool = await CreateAsync(api, alice, "name: \"公海客户\", kind: INDIVIDUAL");
        await Ok(api, alice, $"setCustomerTags(input: {{ customerId: \"{star}\", tags: [\"VIP\", \"竞品对比中\"] }}) {{ " +
            "customer { id } }");
        await Ok(api, alice, $"setCustomerTags(input: {{ customerId: \"{moon}\", tags: [\"价格敏感\"] }}) {{ customer {{ " +
            "id } }");
        await Ok(api, alice, $"recordCustomerNeeds(input: {{ customerId: \"{moon}\", product: \"ERP\", budgetMin: " +
            "500000, budgetMax: 800000 }) { customer { id } }");
        await Ok(api, alice, $"addKeyDate(input: {{ customerId: \"{moon}\", kind: BIRTHDAY, date: \"1975-03-07\", " +
            "label: \"李总生日\" }) { customer { id } }");
        await Ok(api, alice, $"planFollowUp(input: {{ customerId: \"{star}\", dueAt: \"2026-03-01T02:00:00Z\", " +
            "channel: PHONE, purpose: NEEDS_DISCOVERY }) { plan { id } }");
        await Ok(api, alice, $"planFollowUp(input: {{ customerId: \"{moon}\", dueAt: \"2026-03-04T02:00:00Z\", " +
            "channel: VISIT, purpose: NEEDS_DISCOVERY }) { plan { id } }");
        await Ok(api, alice, $"recordFollowUp(input: {{ customerId: \"{moon}\", happenedAt: " +
            "\"2026-03-02T00:30:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY, content: \"约了周三面谈\" }) { " +
            "recorded { record { id } } }");
        await Ok(api, alice, $"releaseCustomerToPool(input: {{ customerId: \"{pool}\", reason: \"无法联系\" }}) {{ " +
            "customer { id } }");

        var overdue = await Names(api, sue, "hasOverdueFollowUp: true");
        var notOverdue = await Names(api, sue, "hasOverdueFollowUp: false, inPool: false");
        var dueThisWeek = await Names(api, sue, "nextFollowUpBefore: \"2026-03-08T00:00:00Z\"");
        var birthdays = await Names(api, sue, "keyDateWithinDays: 7");
        var birthdaysTomorrow = await Names(api, sue, "keyDateWithinDays: 1");
        var vip = await Names(api, sue, "tags: { some: { eq: \"VIP\" } }");
        var priceSensitive = await Names(api, sue, "tags: { some: { contains: \"价格\" } }");
        var untagged = await Names(api, sue, "tags: { any: false }, inPool: false");
        var noCompetition = await Names(api, sue, "tags: { none: { eq: \"竞品对比中\" } }, inPool: false");
        var budget = await Names(api, sue, "budgetMin: { lte: 600000 }, budgetMax: { gte: 600000 }");
        var referrals = await Names(api, sue, "source: { eq: REFERRAL }, industry: { contains: \"贸\" }");
        var quietOnes = await Names(api, sue, "lastContactBefore: \"2026-03-02T00:00:00Z\", inPool: false");
        var inPool = await Names(api, sue, "inPool: true");
        var prospects = await Names(api, sue, "stage: { eq: PROSPECT }, grade: { eq: null }, inPool: false");
        var badWindow = await api.PostAsync(sue, "{ customers(where: { keyDateWithinDays: 400 }) { totalCount } }");

        overdue.ShouldBe(["星辰科技"]);
        notOverdue.ShouldBe(["明月贸易", "静水咨询"]);
        dueThisWeek.ShouldBe(["星辰科技", "明月贸易"], ignoreOrder: true);
        birthdays.ShouldBe(["明月贸易"]);
        birthdaysTomorrow.ShouldBeEmpty();
        vip.ShouldBe(["星辰科技"]);
        priceSensitive.ShouldBe(["明月贸易"]);
        untagged.ShouldBe(["静水咨询"]);
        noCompetition.ShouldBe(["明月贸易", "静水咨询"]);
        budget.ShouldBe(["明月贸易"]);
        referrals.ShouldBe(["明月贸易"]);
        quietOnes.ShouldBe(["星辰科技", "静水咨询"], ignoreOrder: true);
        inPool.ShouldBe(["公海客户"]);
        prospects.ShouldBe(["星辰科技", "静水咨询"]);
        badWindow.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("INVALID_FILTER");
        badWindow.Errors![0]!["message"]!.GetValue<string>().ShouldContain("keyDateWithinDays");

        // Acting on it: the overdue customer goes to Bob, and a pool customer is claimed by him.
        await Ok(api, sue, $"transferCustomer(input: {{ customerId: \"{star}\", ownerId: \"{bobId}\" }}) {{ customer " +
            "{ id } }");
        await Ok(api, bob, $"claimCustomer(input: {{ customerId: \"{pool}\" }}) {{ customer {{ id }} }}");
        var team = await api.PostAsync(sue, """
            { customers(where: { inPool: false }, order: [{ name: ASC }]) { nodes { name owner { login } tags nextPlan { dueAt overdue } lastFollowUp { content } openDeals { product } } } }
            """);
        team.ToString().MatchSnapshot();
        quiet.ShouldNotBeNull();
    }

    private static async Task<List<string>> Names(TestApi api, string token, string where)
    {
        var response = await api.PostAsync(token, $"{{ customers(where: {{ {where} }}, order: [{{ enteredAt: ASC " +
            "}], first: 50) { nodes { name } } }");
        response.Errors.ShouldBeNull($"{where}: {response}");
        return [.. response.Data!["customers"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>())];
    }

    private static async Task<string> CreateAsync(TestApi api, string token, string input)
    {
        var response = await api.PostAsync(
            token, $"mutation {{ createCustomer(input: {{ {input} }}) {{ customer {{ id }} }} }}");
        return response.Data?["createCustomer"]?["customer"]?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException(response.ToString());
    }

    private static async Task<JsonNode> Ok(TestApi api, string token, string mutation)
    {
        var response = await api.PostAsync(token, $"mutation {{ {mutation.Replace(") {", ") { errors { ... on Error { code message } } ", StringComparison.Ordinal)} }}");
        response.Errors.ShouldBeNull(response.ToString());
        var payload = response.Data!.AsObject().Single().Value!;
        payload["errors"].ShouldBeNull(response.ToString());
        return payload;
    }
}
