using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CrmGraph.Api.GraphQL.Expressions;
using CrmGraph.Domain.Users;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.ReadPath;

/// <summary>
/// Issue #16 / ADR-047: a customer read of a shape seen before runs the query built for it, with the viewer, the
/// filter's and the cursor's values as parameters. Each viewer still gets their own rows, cursors and filters still
/// work, and the statements sent are the same as for the first request of the shape.
/// </summary>
public sealed partial class CustomerQueryTemplateTests
{
    private const string Page = "{ customers(first: 50, order: [{ name: ASC }]) { nodes { name } } }";

    [EngineFact]
    public async Task Viewers_of_one_shape_each_get_their_own_customers_from_the_reused_query(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var boss = await api.EnrollAsync("sue", UserRole.Supervisor);
        var otherTeam = await api.FoundTeamAsync("别组");
        var zed = await api.EnrollAsync("zed", UserRole.Salesperson, otherTeam);
        await CreateAsync(api, alice, "甲1", "甲2", "甲3");
        await CreateAsync(api, bob, "乙1", "乙2");
        await CreateAsync(api, zed, "丙1");
        var templates = api.Services.GetRequiredService<QueryTemplateCache>();
        var (builds, hits) = (templates.Builds, templates.Hits);

        for (var round = 0; round < 2; round++)
        {
            (await NamesAsync(api, alice, Page)).ShouldBe(["甲1", "甲2", "甲3"]);
            (await NamesAsync(api, bob, Page)).ShouldBe(["乙1", "乙2"]);
            (await NamesAsync(api, zed, Page)).ShouldBe(["丙1"]);
            // 乙 sorts before 甲
            (await NamesAsync(api, boss, Page)).ShouldBe(["乙1", "乙2", "甲1", "甲2", "甲3"]);
        }

        // One query for the salespeople's shape and one for the supervisor's; every other read reused them.
        (templates.Builds - builds).ShouldBe(2);
        (templates.Hits - hits).ShouldBe(6);
    }

    [EngineFact]
    public async Task Cursors_filters_and_node_reads_still_work_when_their_query_is_reused(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var boss = await api.EnrollAsync("sue", UserRole.Supervisor);
        await CreateAsync(api, alice, "甲1", "甲2", "甲3", "甲4", "甲5");
        var bobs = await CreateAsync(api, bob, "乙1", "乙2", "乙3");
        const string Pages = """
            query($after: String, $text: String) { customers(first: 2, after: $after,
              where: { name: { contains: $text } }, order: [{ name: ASC }]) {
              nodes { name } pageInfo { endCursor hasNextPage } } }
            """;

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await PostOkAsync(api, alice, Pages, new { after, text = "甲" }))["customers"]!;
            seen.AddRange(page["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()
                ? page["pageInfo"]!["endCursor"]!.GetValue<string>()
                : null;
        }
        while (after is not null);

        seen.ShouldBe(["甲1", "甲2", "甲3", "甲4", "甲5"]);
        (await NamesAsync(api, alice, Pages, new { text = "4" })).ShouldBe(["甲4"]);
        (await NamesAsync(api, alice, Pages, new { text = "5" })).ShouldBe(["甲5"]);
        (await NamesAsync(api, bob, Pages, new { text = "甲" })).ShouldBeEmpty();

        const string OwnerPage = """
            query($owner: ID) { customers(first: 50, where: { ownerId: { eq: $owner } }, order: [{ name: ASC }]) {
              nodes { name } } }
            """;
        var aliceId = (await PostOkAsync(api, alice, "{ me { id } }"))["me"]!["id"]!.GetValue<string>();
        var bobId = (await PostOkAsync(api, bob, "{ me { id } }"))["me"]!["id"]!.GetValue<string>();
        (await NamesAsync(api, boss, OwnerPage, new { owner = bobId })).ShouldBe(["乙1", "乙2", "乙3"]);
        (await NamesAsync(api, boss, OwnerPage, new { owner = aliceId }))
            .ShouldBe(["甲1", "甲2", "甲3", "甲4", "甲5"]);
        (await NamesAsync(api, boss, OwnerPage, new { owner = (string?)null })).ShouldBeEmpty();

        const string Node = "query($id: ID!) { node(id: $id) { ... on Customer { name } } }";
        foreach (var id in bobs)
        {
            (await PostOkAsync(api, alice, Node, new { id }))["node"].ShouldBeNull("not alice's customer");
        }

        var names = new List<string>();
        foreach (var id in bobs)
        {
            names.Add((await PostOkAsync(api, bob, Node, new { id }))["node"]!["name"]!.GetValue<string>());
        }

        names.ShouldBe(["乙1", "乙2", "乙3"]);
    }

    [EngineFact]
    public async Task A_reused_query_sends_the_same_statements_as_the_first_request_of_its_shape(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var aliceFirst = (await CreateAsync(api, alice, "甲1", "甲2"))[0];
        var bobFirst = (await CreateAsync(api, bob, "乙1"))[0];
        const string Work = """
            { customers(first: 50, order: [{ name: ASC }]) { nodes { id name stage owner { login }
              nextPlan { dueAt } lastFollowUp { content } contacts { name } } } }
            """;
        const string Node = "query($id: ID!) { node(id: $id) { ... on Customer { id name stage grade } } }";
        await PostOkAsync(api, alice, "{ me { id } }"); // the signed-in users are cached from now on
        await PostOkAsync(api, bob, "{ me { id } }");

        foreach (var (query, variablesOfAlice, variablesOfBob) in new (string, object?, object?)[]
        {
            (Page, null, null), (Work, null, null), (Node, new { id = aliceFirst }, new { id = bobFirst }),
        })
        {
            var first = await StatementsAsync(api, alice, query, variablesOfAlice);
            var reused = await StatementsAsync(api, bob, query, variablesOfBob);
            reused.ShouldBe(first, string.Join("\n\n", reused));
            first.Count(s => FromCustomers().IsMatch(s)).ShouldBe(1, string.Join("\n\n", first));
        }
    }

    [EngineFact]
    public async Task The_open_deals_of_a_detail_read_only_the_selected_deal_columns(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var id = (await CreateAsync(api, alice, "甲1"))[0];
        foreach (var (product, amount) in new[] { ("产品A", 1000), ("产品B", 2500) })
        {
            await PostOkAsync(api, alice, $"mutation {{ openDeal(input: {{ customerId: \"{id}\", product: " +
                $"\"{product}\", amount: {amount} }}) {{ deal {{ id }} }} }}");
        }

        const string Detail = """
            query($id: ID!) { node(id: $id) { ... on Customer { name openDeals { id amount }
              all: deals { product status } } } }
            """;
        await PostOkAsync(api, alice, Detail, new { id });
        var statements = await StatementsAsync(api, alice, Detail, new { id });
        var customer = (await PostOkAsync(api, alice, Detail, new { id }))["node"]!;

        var deals = statements.Where(s => DealColumns().IsMatch(s)).ToList();
        deals.Count.ShouldBe(2, string.Join("\n\n", statements));
        var open = deals.Single(s => !s.Contains("product", StringComparison.Ordinal));
        open.ShouldContain("amount");
        open.ShouldNotContain("lost_note");
        open.ShouldNotContain("currency");
        deals.Single(s => s.Contains("product", StringComparison.Ordinal)).ShouldNotContain("amount");
        customer["openDeals"]!.AsArray().Select(d => d!["amount"]!.GetValue<decimal>())
            .ShouldBe([2500m, 1000m], ignoreOrder: true);
        customer["all"]!.AsArray().Select(d => d!["product"]!.GetValue<string>())
            .ShouldBe(["产品B", "产品A"], ignoreOrder: true);
        customer["all"]![0]!["status"]!.GetValue<string>().ShouldBe("OPEN");
    }

    private static async Task<List<string>> StatementsAsync(TestApi api, string token, string query, object? variables)
    {
        api.SqlCommands.Reset();
        await PostOkAsync(api, token, query, variables);
        return [.. api.SqlCommands.Commands.Select(c => c.Sql)];
    }

    private static async Task<List<string>> CreateAsync(TestApi api, string token, params string[] names)
    {
        var ids = new List<string>();
        foreach (var name in names)
        {
            var created = await PostOkAsync(api, token, "mutation($input: CreateCustomerInput!) { " +
                "createCustomer(input: $input) { customer { id } } }",
                new { input = new { name, kind = "INDIVIDUAL" } });
            ids.Add(created["createCustomer"]!["customer"]!["id"]!.GetValue<string>());
        }

        return ids;
    }

    private static async Task<List<string>> NamesAsync(
        TestApi api, string token, string query, object? variables = null) =>
        [.. (await PostOkAsync(api, token, query, variables))["customers"]!["nodes"]!.AsArray()
            .Select(n => n!["name"]!.GetValue<string>())];

    [GeneratedRegex("^SELECT .*FROM \"?customers\"? ", RegexOptions.Singleline)]
    private static partial Regex FromCustomers();

    [GeneratedRegex("^SELECT .*FROM \"?deals\"? ", RegexOptions.Singleline)]
    private static partial Regex DealColumns();

    private static async Task<JsonNode> PostOkAsync(TestApi api, string token, string query, object? variables = null)
    {
        var response = await api.PostAsync(token, query, variables);
        response.Errors.ShouldBeNull(response.ToString());
        return response.Data!;
    }
}
