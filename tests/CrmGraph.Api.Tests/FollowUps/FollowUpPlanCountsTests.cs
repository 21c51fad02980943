using System.Text.Json.Nodes;
using CrmGraph.Api.Tests.ReadPath;
using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.FollowUps;

/// <summary>
/// <c>followUpPlanCounts</c>, the dashboard's team card (issue #19): each visible salesperson's overdue and due-today
/// planned follow-ups for a hand-built team, the visibility of <c>followUpPlans</c>, and one SQL statement; on both
/// engines.
/// </summary>
public sealed class FollowUpPlanCountsTests
{
    // The test clock's now (2026-03-02 09:00 in Asia/Shanghai) and the start of the team's next day.
    private const string Now = "2026-03-02T01:00:00Z";
    private const string EndOfDay = "2026-03-02T16:00:00Z";

    private const string Counts = """
        query($now: DateTime!, $end: DateTime!) { followUpPlanCounts(now: $now, endOfDay: $end) {
          salesperson { id login } overdue dueToday } }
        """;

    [EngineFact]
    public async Task A_supervisor_gets_each_salesperson_of_the_team_with_overdue_and_due_today_plans(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var team = await TeamAsync(api);

        var lines = await LinesAsync(api, team.Supervisor);

        // By name; Carl has no plans and still has his line; Olga (another team) and Sue (no salesperson) have none.
        lines.ShouldBe(["ALICE 2/1", "BOB 1/0", "CARL 0/0"]);
        foreach (var login in new[] { "alice", "bob", "carl" })
        {
            var (overdue, dueToday) = await ListCountsAsync(api, team.Supervisor, await UserIdAsync(api, login));
            lines.ShouldContain($"{login.ToUpperInvariant()} {overdue}/{dueToday}", "the same as followUpPlans counts");
        }
    }

    [EngineFact]
    public async Task A_salesperson_gets_only_their_own_line(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var team = await TeamAsync(api);

        (await LinesAsync(api, team.Alice)).ShouldBe(["ALICE 2/1"]);
        (await LinesAsync(api, team.Bob)).ShouldBe(["BOB 1/0"]);
        (await LinesAsync(api, team.Olga)).ShouldBe(["OLGA 1/0"]);
    }

    [EngineFact]
    public async Task The_counts_of_the_whole_team_are_one_sql_statement(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var team = await TeamAsync(api);

        var statements = await CustomerProjectionTests.StatementsAsync(
            api, team.Supervisor, Counts, new { now = Now, end = EndOfDay });

        statements.Count.ShouldBe(1, string.Join("\n\n", statements));
        statements[0].ShouldContain("GROUP BY", Case.Insensitive, statements[0]);
    }

    private sealed record Team(string Supervisor, string Alice, string Bob, string Olga);

    /// <summary>
    /// Alice: two overdue (yesterday, half an hour ago), one due this afternoon, one tomorrow, one cancelled overdue.
    /// Bob: one overdue. Carl: none. Olga, of another team: one overdue.
    /// </summary>
    private static async Task<Team> TeamAsync(TestApi api)
    {
        var supervisor = await api.EnrollAsync("sue", UserRole.Supervisor);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        await api.EnrollAsync("carl", UserRole.Salesperson);
        var olga = await api.EnrollAsync("olga", UserRole.Salesperson, await api.FoundTeamAsync("华南团队"));

        var aliceCustomer = await CreateAsync(api, alice, "上海星辰科技有限公司");
        await PlanAsync(api, alice, aliceCustomer, "2026-03-01T08:00:00Z");
        await PlanAsync(api, alice, aliceCustomer, "2026-03-02T00:30:00Z");
        await PlanAsync(api, alice, aliceCustomer, "2026-03-02T10:00:00Z");
        await PlanAsync(api, alice, aliceCustomer, "2026-03-03T02:00:00Z");
        var cancelled = await PlanAsync(api, alice, aliceCustomer, "2026-03-01T09:00:00Z");
        await PostOkAsync(api, alice, $$"""
            mutation { cancelFollowUp(input: { planId: "{{cancelled}}", reason: "客户改期" }) { plan { id } } }
            """);
        await PlanAsync(api, bob, await CreateAsync(api, bob, "鲍勃的客户"), "2026-03-01T23:00:00Z");
        await PlanAsync(api, olga, await CreateAsync(api, olga, "华南客户"), "2026-03-01T23:00:00Z");
        return new Team(supervisor, alice, bob, olga);
    }

    private static async Task<List<string>> LinesAsync(TestApi api, string token)
    {
        var data = await PostOkAsync(api, token, Counts, new { now = Now, end = EndOfDay });
        return [.. data["followUpPlanCounts"]!.AsArray().Select(line =>
            $"{line!["salesperson"]!["login"]!.GetValue<string>().ToUpperInvariant()} " +
            $"{line["overdue"]!.GetValue<int>()}/{line["dueToday"]!.GetValue<int>()}")];
    }

    /// <summary>What the team card asked before: two <c>followUpPlans</c> totals per member.</summary>
    private static async Task<(int Overdue, int DueToday)> ListCountsAsync(TestApi api, string token, string ownerId)
    {
        var data = await PostOkAsync(api, token, """
            query($owner: ID!, $now: DateTime!, $end: DateTime!) {
              o: followUpPlans(where: { status: { eq: PLANNED }, ownerId: { eq: $owner }, dueAt: { lt: $now } })
                { totalCount }
              d: followUpPlans(where: { status: { eq: PLANNED }, ownerId: { eq: $owner },
                dueAt: { gte: $now, lt: $end } }) { totalCount } }
            """, new { owner = ownerId, now = Now, end = EndOfDay });
        return (data["o"]!["totalCount"]!.GetValue<int>(), data["d"]!["totalCount"]!.GetValue<int>());
    }

    private static async Task<string> UserIdAsync(TestApi api, string login)
    {
        var data = await PostOkAsync(api, await api.TokenAsync(login), "{ me { id } }");
        return data["me"]!["id"]!.GetValue<string>();
    }

    private static async Task<string> CreateAsync(TestApi api, string token, string name) =>
        (await PostOkAsync(api, token, $$"""
            mutation { createCustomer(input: { name: "{{name}}", kind: ORGANIZATION }) { customer { id } } }
            """))["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

    private static async Task<string> PlanAsync(TestApi api, string token, string customerId, string dueAt) =>
        (await PostOkAsync(api, token, $$"""
            mutation { planFollowUp(input: { customerId: "{{customerId}}", dueAt: "{{dueAt}}", channel: PHONE,
              purpose: NEEDS_DISCOVERY }) { plan { id } errors { __typename } } }
            """))["planFollowUp"]!["plan"]!["id"]!.GetValue<string>();

    private static async Task<JsonNode> PostOkAsync(TestApi api, string token, string query, object? variables = null)
    {
        var response = await api.PostAsync(token, query, variables);
        response.Errors.ShouldBeNull(response.ToString());
        return response.Data!;
    }
}
