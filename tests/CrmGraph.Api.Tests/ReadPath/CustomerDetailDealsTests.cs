using System.Text.Json.Nodes;
using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.ReadPath;

/// <summary>
/// Issue #16: a customer detail (<c>node</c>) brings its open deals in the customer's own statement, with the same
/// answer as the batch loader the lists use: open ones only, newest first, only the selected columns.
/// </summary>
public sealed class CustomerDetailDealsTests
{
    private const string Detail = """
        query($id: ID!) { node(id: $id) { ... on Customer { id name stage grade openDeals { id product amount } } } }
        """;

    [EngineFact]
    public async Task A_detail_with_its_open_deals_is_one_statement_newest_first_without_the_closed_ones(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var (alice, id, deals) = await SeedAsync(api);

        var statements = await CustomerProjectionTests.StatementsAsync(api, alice, Detail, new { id });
        var detail = (await api.PostAsync(alice, Detail, new { id })).Data!["node"]!;
        var listed = (await api.PostAsync(alice, "{ customers(first: 1) { nodes { openDeals { id product amount } } } }"))
            .Data!["customers"]!["nodes"]![0]!;

        statements.Count.ShouldBe(1, string.Join("\n\n", statements));
        statements[0].ShouldContain("deals", Case.Sensitive);
        statements[0].ShouldNotContain("lost_note", Case.Sensitive, "only the selected deal columns are read");
        Products(detail).ShouldBe(["新品D", "新品C", "新品A"]);
        detail["openDeals"]![0]!["id"]!.GetValue<string>().ShouldBe(deals[3]);
        detail["openDeals"]!.ToJsonString().ShouldBe(listed["openDeals"]!.ToJsonString());
    }

    [EngineFact]
    public async Task Two_different_selections_of_open_deals_each_get_their_columns(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var (alice, id, _) = await SeedAsync(api);

        var response = await api.PostAsync(alice, """
            query($id: ID!) { node(id: $id) { ... on Customer { a: openDeals { product } b: openDeals { amount } } } }
            """, new { id });

        response.Errors.ShouldBeNull(response.ToString());
        Products(response.Data!["node"]!, "a").ShouldBe(["新品D", "新品C", "新品A"]);
        response.Data!["node"]!["b"]!.AsArray().Select(d => d!["amount"]!.GetValue<decimal>())
            .ShouldBe([4000m, 3000m, 1000m]);
    }

    [EngineFact]
    public async Task Open_deals_in_a_field_and_its_fragment_copy_are_read_with_the_customer(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var (alice, id, _) = await SeedAsync(api);

        const string Query = """
            query($id: ID!) { node(id: $id) { ... on Customer { openDeals { id } ...Amounts } } }
            fragment Amounts on Customer { openDeals { product amount } }
            """;
        var statements = await CustomerProjectionTests.StatementsAsync(api, alice, Query, new { id });
        var response = await api.PostAsync(alice, Query, new { id });

        statements.Count.ShouldBe(1, "one response key: the field and its fragment copy are merged");
        response.Errors.ShouldBeNull(response.ToString());
        Products(response.Data!["node"]!).ShouldBe(["新品D", "新品C", "新品A"]);
        response.Data!["node"]!["openDeals"]!.AsArray().Select(d => d!["amount"]!.GetValue<decimal>())
            .ShouldBe([4000m, 3000m, 1000m]);
    }

    [EngineFact]
    public async Task A_customer_without_open_deals_shows_an_empty_list_and_a_hidden_customer_shows_nothing(
        Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var (alice, id, _) = await SeedAsync(api);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var other = (await api.PostAsync(alice, "mutation { createCustomer(input: { name: \"无商机\", kind: INDIVIDUAL }) " +
            "{ customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

        var empty = await api.PostAsync(alice, Detail, new { id = other });
        var hidden = await api.PostAsync(bob, Detail, new { id });

        empty.Data!["node"]!["openDeals"]!.AsArray().ShouldBeEmpty();
        hidden.Errors.ShouldBeNull(hidden.ToString());
        hidden.Data!["node"].ShouldBeNull();
    }

    private static IEnumerable<string> Products(JsonNode customer, string field = "openDeals") =>
        customer[field]!.AsArray().Select(d => d!["product"]!.GetValue<string>());

    // Alice's customer with deals A..D opened a minute apart; B is lost.
    private static async Task<(string Alice, string Customer, List<string> Deals)> SeedAsync(TestApi api)
    {
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var id = (await api.PostAsync(alice, "mutation { createCustomer(input: { name: \"商机客户\", kind: INDIVIDUAL }) " +
            "{ customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var deals = new List<string>();
        foreach (var (product, amount) in new[] { ("新品A", 1000), ("新品B", 2000), ("新品C", 3000), ("新品D", 4000) })
        {
            api.Clock.Advance(TimeSpan.FromMinutes(1));
            var opened = await api.PostAsync(alice, $"mutation {{ openDeal(input: {{ customerId: \"{id}\", product: " +
                $"\"{product}\", amount: {amount} }}) {{ deal {{ id }} }} }}");
            opened.Errors.ShouldBeNull(opened.ToString());
            deals.Add(opened.Data!["openDeal"]!["deal"]!["id"]!.GetValue<string>());
        }

        var lost = await api.PostAsync(alice, $"mutation {{ loseDeal(input: {{ dealId: \"{deals[1]}\", reason: PRICE }}) " +
            "{ deal { id } } }");
        lost.Errors.ShouldBeNull(lost.ToString());
        return (alice, id, deals);
    }
}
