using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.Customers;

public sealed class CustomerBatchingTests
{
    private const string Page = "query($first: Int) { customers(first: $first) { nodes { name owner { login displayName } } } }";

    [EngineFact]
    public async Task A_page_with_owners_costs_the_same_number_of_SQL_commands_whatever_its_size(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var supervisor = await api.EnrollAsync("sue", UserRole.Supervisor);
        var owners = new List<string>();
        foreach (var login in new[] { "ann", "ben", "cat" })
        {
            await api.EnrollAsync(login, UserRole.Salesperson);
            owners.Add((await api.PostAsync(await api.TokenAsync(login), "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>());
        }

        for (var i = 0; i < 40; i++)
        {
            await api.PostAsync(supervisor, "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } } }",
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
        var logins = response.Data!["customers"]!["nodes"]!.AsArray().Select(n => n!["owner"]!["login"]!.GetValue<string>()).ToList();
        logins.Count.ShouldBe(first);
        return (commands, logins);
    }
}
