using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.Customers;

/// <summary>
/// The team pool through the API: release, claim with cooldown, transfer by a supervisor; on both engines.
/// </summary>
public sealed class CustomerPoolMutationTests
{
    private const string Result = "customer { ownerId inPool } errors { __typename ... on Error { code } }";

    [EngineFact]
    public async Task A_released_customer_is_claimed_by_a_colleague_and_the_previous_owner_waits(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var id = await CreateAsync(api, alice);

        await api.PostAsync(
            alice,
            $$"""mutation { releaseCustomerToPool(input: { customerId: "{{id}}", reason: "无法联系" }) { {{Result}} } }""");
        var tagWithoutClaiming = await api.PostAsync(
            bob, $$"""mutation { setCustomerTags(input: { customerId: "{{id}}", tags: ["x"] }) { {{Result}} } }""");
        var byAlice = await api.PostAsync(
            alice, $$"""mutation { claimCustomer(input: { customerId: "{{id}}" }) { {{Result}} } }""");
        var byBob = await api.PostAsync(
            bob, $$"""mutation { claimCustomer(input: { customerId: "{{id}}" }) { {{Result}} } }""");
        var again = await api.PostAsync(
            bob, $$"""mutation { claimCustomer(input: { customerId: "{{id}}" }) { {{Result}} } }""");

        tagWithoutClaiming.Data!["setCustomerTags"]!["errors"]![0]!["__typename"]!.GetValue<string>()
            .ShouldBe("NotAllowedError");
        byAlice.Data!["claimCustomer"]!["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("PREVIOUS_OWNER_COOLDOWN");
        byBob.Data!["claimCustomer"]!["customer"]!["inPool"]!.GetValue<bool>().ShouldBeFalse();
        again.Data!["claimCustomer"]!["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("NOT_IN_POOL");
    }

    [EngineFact]
    public async Task Supervisors_transfer_customers_and_salespeople_may_not(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var sue = await api.EnrollAsync("sue", UserRole.Supervisor);
        var bobId = (await api.PostAsync(bob, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();
        var id = await CreateAsync(api, alice);

        var byAlice = await api.PostAsync(alice, $$"""mutation { transferCustomer(input: { customerId: "{{id}}", ownerId: "{{bobId}}" }) { {{Result}} } }""");
        var bySue = await api.PostAsync(sue, $$"""mutation { transferCustomer(input: { customerId: "{{id}}", ownerId: "{{bobId}}" }) { {{Result}} } }""");

        byAlice.Status.ShouldBe(403);
        byAlice.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("ROLE_NOT_ALLOWED");
        bySue.Data!["transferCustomer"]!["customer"]!["ownerId"]!.GetValue<string>().ShouldBe(bobId);
    }

    private static async Task<string> CreateAsync(TestApi api, string token) =>
        (await api.PostAsync(token, """mutation { createCustomer(input: { name: "公海候选", kind: INDIVIDUAL }) { customer { id } } }""")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
}
