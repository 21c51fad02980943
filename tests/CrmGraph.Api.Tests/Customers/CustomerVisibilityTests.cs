using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Customers;

/// <summary>Shared customers and the team pool, seen through every entry point, on both engines.</summary>
public sealed class CustomerVisibilityTests
{
    private const string Create = "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer " +
        "{ id } } }";
    private const string Probe = "query($id: ID!) { node(id: $id) { id } customers { totalCount nodes { id } } }";

    [EngineFact]
    public async Task A_customer_shared_with_a_colleague_is_visible_to_them_and_nobody_else(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var carl = await api.EnrollAsync("carl", UserRole.Salesperson);
        var id =
            (await api.PostAsync(alice, Create, new { input = new { name = "共享客户", kind = "INDIVIDUAL" } })).Data![
                "createCustomer"]!["customer"]!["id"]!.GetValue<string>();

        await api.WithDbAsync(async db =>
        {
            var bobId = (await db.Users.SingleAsync(u => u.Login == "bob")).Id;
            (await db.Customers.SingleAsync()).ShareWith(bobId, api.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

        Sees(await api.PostAsync(bob, Probe, new { id })).ShouldBe((true, 1));
        Sees(await api.PostAsync(carl, Probe, new { id })).ShouldBe((false, 0));
    }

    [EngineFact]
    public async Task A_pool_customer_is_visible_to_the_teams_salespeople_only(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var outsider = await api.EnrollAsync("olga", UserRole.Salesperson, await api.FoundTeamAsync("华南团队"));
        var id =
            (await api.PostAsync(alice, Create, new { input = new { name = "公海客户", kind = "ORGANIZATION" } })).Data![
                "createCustomer"]!["customer"]!["id"]!.GetValue<string>();

        await api.WithDbAsync(async db =>
        {
            var customer = await db.Customers.SingleAsync();
            customer.ReleaseToPool(customer.OwnerId!.Value, "无法联系", api.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

        Sees(await api.PostAsync(bob, Probe, new { id })).ShouldBe((true, 1));
        Sees(await api.PostAsync(outsider, Probe, new { id })).ShouldBe((false, 0));
        var pool = await api.PostAsync(
            bob, "{ customers(where: { ownerId: { eq: null } }) { nodes { name owner { login } } } }");
        pool.Data!["customers"]!["nodes"]![0]!["name"]!.GetValue<string>().ShouldBe("公海客户");
    }

    private static (bool Node, int Listed) Sees(GraphQLResponse response) =>
        (response.Data!["node"] is not null, response.Data!["customers"]!["totalCount"]!.GetValue<int>());
}
