using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.Customers;

public sealed class CustomerBatchingTests
{
    private const string Page = "query($first: Int) { customers(first: $first) { nodes { name owner { login " +
        "displayName } } } }";

    [EngineFact]
    public async Task A_page_with_owners_costs_the_same_number_of_SQL_commands_whatever_its_size(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var supervisor = await api.EnrollAsync("sue", UserRole.Supervisor);
        var owners = new List<string>();
        foreach (var login in new[] { "ann", "ben", "cat" })
        {
            await api.EnrollAsync(login, UserRole.Salesperson);
            owners.Add((await api.PostAsync(await api.TokenAsync(login), "{ me { id } }")).Data![
                "me"]!["id"]!.GetValue<string>());
        }

        for (var i = 0; i < 40; i++)
        {
            await api.PostAsync(supervisor, "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) " +
                "{ customer { id } } }",
                new { input = new { name = $"客户{i:D2}", kind = "INDIVIDUAL", ownerId = owners[i % 3] } });
        }

        var small = await CountAsync(api, supervisor, 3);
        var large = await CountAsync(api, supervisor, 40);

        large.Commands.ShouldBe(small.Commands);
        large.Commands.ShouldBeLessThanOrEqualTo(3);
        large.Logins.Distinct().Count().ShouldBe(3);
    }

    private static async Task<(int Commands, List<string> Logins)> CountAsync(TestApi api, string token, int first)
    {
        api.SqlCommands.Reset();
        var response = await api.PostAsync(token, Page, new { first });
        var commands = api.SqlCommands.Count;
        response.Errors.ShouldBeNull(response.ToString());
        var logins = response.Data!["customers"]!["nodes"]!.AsArray()
            .Select(n => n!["owner"]!["login"]!.GetValue<string>())
            .ToList();
        logins.Count.ShouldBe(first);
        return (commands, logins);
    }
}

/// <summary>
/// A page of 50 customers with owner, contacts, last follow-up, next plan and open deals: a fixed number of SQL
/// commands.
/// </summary>
public sealed class CustomerWorkPageBatchingTests
{
    private const string Page = """
        query($first: Int) { customers(first: $first, order: [{ name: ASC }]) { nodes {
          name owner { login } contacts { name } lastFollowUp { content } nextPlan { dueAt } plannedFollowUps { dueAt } openDeals { product } deals { status } } } }
        """;

    [EngineFact]
    public async Task The_work_page_costs_the_same_number_of_SQL_commands_for_5_and_50_customers(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        for (var i = 0; i < 50; i++)
        {
            var created = await api.PostAsync(alice, $"mutation {{ createCustomer(input: {{ name: \"客户{i:D2}\", " +
                "kind: INDIVIDUAL }) { customer { id } errors { ... on Error { code message } } } }");
            var id = created.Data?["createCustomer"]?["customer"]?["id"]?.GetValue<string>()
                ?? throw new InvalidOperationException(created.ToString());
            await api.PostAsync(alice, $"mutation {{ addContact(input: {{ customerId: \"{id}\", name: \"联系人{i}\" }}) " +
                "{ customer { id } } }");
            await api.PostAsync(alice, $"mutation {{ recordFollowUp(input: {{ customerId: \"{id}\", happenedAt: " +
                $"\"2026-03-02T00:{i:D2}:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY, content: \"第{i}次\" }}) {{ " +
                "recorded { record { id } } } }");
            if (i % 2 == 0)
            {
                await api.PostAsync(alice, $"mutation {{ openDeal(input: {{ customerId: \"{id}\", product: " +
                    $"\"产品{i}\", amount: 1000 }}) {{ deal {{ id }} }} }}");
            }
        }

        var (small, smallPage) = await CountAsync(api, alice, 5);
        var (large, largePage) = await CountAsync(api, alice, 50);

        large.ShouldBe(small);
        large.ShouldBeLessThanOrEqualTo(6);
        var first = largePage[0]!;
        first["lastFollowUp"]!["content"]!.GetValue<string>().ShouldBe("第0次");
        first["nextPlan"]!["dueAt"].ShouldNotBeNull();
        first["openDeals"]![0]!["product"]!.GetValue<string>().ShouldBe("产品0");
        largePage[1]!["openDeals"]!.AsArray().ShouldBeEmpty();
        smallPage.Count.ShouldBe(5);
    }

    private static async Task<(int Commands, System.Text.Json.Nodes.JsonArray Page)> CountAsync(
        TestApi api, string token, int first)
    {
        api.SqlCommands.Reset();
        var response = await api.PostAsync(token, Page, new { first });
        var commands = api.SqlCommands.Count;
        response.Errors.ShouldBeNull(response.ToString());
        return (commands, response.Data!["customers"]!["nodes"]!.AsArray());
    }
}
