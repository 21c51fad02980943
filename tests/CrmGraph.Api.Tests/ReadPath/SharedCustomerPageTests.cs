using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.ReadPath;

/// <summary>
/// A salesperson's page lists the customers shared with them in the page's order, and follows every change of a
/// share, a name and a merge at once, on both engines. On PostgreSQL those customers are read off
/// <c>customer_shares</c>, kept by triggers (ADR-054): a row it lacked, or a name it kept stale, would drop the
/// customer from the page, and the table is also compared with <c>customers.shared_with</c> at the end.
/// </summary>
public sealed class SharedCustomerPageTests
{
    private const string ByName = "query($after: String) { customers(first: 2, after: $after, order: [{ name: ASC }])" +
        " { nodes { name } pageInfo { hasNextPage endCursor } } }";

    [EngineFact]
    public async Task Shared_customers_are_listed_in_order_and_follow_shares_renames_and_merges(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var carl = await api.EnrollAsync("carl", UserRole.Salesperson);
        var bobId = (await api.PostAsync(bob, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();
        var carlId = (await api.PostAsync(carl, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();
        var ids = new Dictionary<string, string>();
        foreach (var (owner, name) in new[] { (alice, "Bravo"), (alice, "Delta"), (alice, "Echo"), (alice, "Foxtrot"),
            (bob, "Alpha"), (bob, "Charlie") })
        {
            ids[name] = (await api.PostAsync(owner, "mutation($input: CreateCustomerInput!) { createCustomer(input: " +
                "$input) { customer { id } } }", new { input = new { name, kind = "ORGANIZATION" } }))
                .Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        }

        foreach (var name in new[] { "Bravo", "Delta", "Echo" })
        {
            await ChangeAsync(api, alice, "shareCustomer", new { customerId = ids[name], userId = bobId });
        }

        await ChangeAsync(api, alice, "shareCustomer", new { customerId = ids["Echo"], userId = carlId });
        (await PageAsync(api, bob)).ShouldBe(["Alpha", "Bravo", "Charlie", "Delta", "Echo"]);

        // The same page for another salesperson reuses bob's query (ADR-047) with carl as the viewer of every part.
        (await PageAsync(api, carl)).ShouldBe(["Echo"]);

        await ChangeAsync(api, alice, "updateCustomer", new { customerId = ids["Delta"], name = "Aardvark" });
        (await PageAsync(api, bob)).ShouldBe(["Aardvark", "Alpha", "Bravo", "Charlie", "Echo"]);

        await ChangeAsync(api, alice, "unshareCustomer", new { customerId = ids["Bravo"], userId = bobId });
        (await PageAsync(api, bob)).ShouldBe(["Aardvark", "Alpha", "Charlie", "Echo"]);

        // The survivor of a merge is shared with everyone the duplicate was shared with.
        await ChangeAsync(api, alice, "mergeCustomers", new { customerId = ids["Foxtrot"], duplicateId = ids["Echo"] });
        (await PageAsync(api, bob)).ShouldContain("Foxtrot");

        var newest = await api.PostAsync(bob, "{ customers { nodes { name } } }");
        newest.Data!["customers"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>())
            .ShouldBe(await PageAsync(api, bob), ignoreOrder: true);
        if (engine == Engine.Postgres)
        {
            (await api.WithDbAsync(db => db.Database.SqlQueryRaw<int>("""
                SELECT count(*)::int AS "Value" FROM (
                  ((SELECT user_id, customer_id, name, entered_at FROM customer_shares)
                   EXCEPT (SELECT u, id, name, entered_at FROM customers, unnest(shared_with) AS u))
                  UNION ALL
                  ((SELECT u, id, name, entered_at FROM customers, unnest(shared_with) AS u)
                   EXCEPT (SELECT user_id, customer_id, name, entered_at FROM customer_shares))) AS differences
                """).SingleAsync())).ShouldBe(0);
        }
    }

    // Every page of two, following the cursors: the parts are merged across pages too.
    private static async Task<List<string>> PageAsync(TestApi api, string token)
    {
        var names = new List<string>();
        string? after = null;
        do
        {
            var page = (await api.PostAsync(token, ByName, new { after })).Data!["customers"]!;
            names.AddRange(page["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()
                ? page["pageInfo"]!["endCursor"]!.GetValue<string>()
                : null;
        }
        while (after is not null);
        return names;
    }

    private static async Task ChangeAsync(TestApi api, string token, string mutation, object input)
    {
        var response = await api.PostAsync(
            token, $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: " +
            "$input) { errors { ... on Error { message } } } }", new { input });
        response.Errors.ShouldBeNull(response.ToString());
        (response.Data![mutation]!["errors"]?.AsArray() ?? []).ShouldBeEmpty(response.ToString());
    }
}
