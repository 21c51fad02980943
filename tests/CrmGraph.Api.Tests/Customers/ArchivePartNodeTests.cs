using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.Customers;

/// <summary>Contacts, key dates, issues, purchases and teams are nodes, refetched under the same visibility.</summary>
public sealed class ArchivePartNodeTests
{
    [EngineFact]
    public async Task Every_part_with_an_id_resolves_by_node_for_those_who_see_its_customer(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var olga = await api.EnrollAsync("olga", UserRole.Supervisor, await api.FoundTeamAsync("华南团队"));
        var id = (await api.PostAsync(alice, "mutation { createCustomer(input: { name: \"星辰科技\", kind: ORGANIZATION " +
            "}) { customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var parts = (await api.PostAsync(alice, $$"""
            mutation {
              a: addContact(input: { customerId: "{{id}}", name: "王总" }) { customer { id } }
              b: addKeyDate(input: { customerId: "{{id}}", kind: CONTRACT_EXPIRY, date: "2026-12-31" }) { customer { id } }
              c: recordPotentialIssue(input: { customerId: "{{id}}", description: "预算审批慢" }) { customer { id } }
              d: recordPurchase(input: { customerId: "{{id}}", product: "CRM", purchasedOn: "2026-03-01", amount: 1000 }) { customer { contacts { id } keyDates { id } potentialIssues { id } purchases { id } } }
            }
            """)).Data!["d"]!["customer"]!;
        var ids = new[] { parts["contacts"]![0]!["id"]!, parts["keyDates"]![0]!["id"]!, parts["potentialIssues"]![0]![
            "id"]!, parts["purchases"]![0]!["id"]! }.Select(n => n.GetValue<string>()).ToArray();
        var teamId =
            (await api.PostAsync(alice, "{ me { team { id } } }")).Data!["me"]!["team"]!["id"]!.GetValue<string>();
        const string Query = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Contact { name } ... on " +
            "KeyDate { kind } ... on PotentialIssue { description } ... on Purchase { product } ... on Team { name " +
            "} } }";

        var owner = await api.PostAsync(alice, Query, new { ids = ids.Append(teamId) });
        var colleague = await api.PostAsync(bob, Query, new { ids = ids.Append(teamId) });
        var outsider = await api.PostAsync(olga, Query, new { ids = ids.Append(teamId) });

        owner.Errors.ShouldBeNull(owner.ToString());
        owner.Data!["nodes"]!.AsArray().Select(n => n?["__typename"]?.GetValue<string>()).ShouldBe(
            ["Contact", "KeyDate", "PotentialIssue", "Purchase", "Team"]);
        owner.Data!["nodes"]![0]!["name"]!.GetValue<string>().ShouldBe("王总");
        colleague.Data!["nodes"]!.AsArray().Take(4).ShouldAllBe(n => n == null);
        colleague.Data!["nodes"]![4].ShouldNotBeNull();
        outsider.Data!["nodes"]!.AsArray().ShouldAllBe(n => n == null);
    }
}
