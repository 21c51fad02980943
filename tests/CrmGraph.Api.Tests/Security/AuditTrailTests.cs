using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.Security;

/// <summary>
/// Every create, update and delete is in the audit trail with actor, time and fields before and after.
/// </summary>
public sealed class AuditTrailTests
{
    private const string Trail = "query($where: AuditEntryFilterInput) { auditTrail(where: $where, first: 50) { " +
        "totalCount nodes { action entityType actor { login } occurredAt changes { field before after } } } }";

    [EngineFact]
    public async Task A_customers_history_names_who_changed_which_field_and_masks_contact_data(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var sue = await api.EnrollAsync("sue", UserRole.Supervisor);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var olga = await api.EnrollAsync("olga", UserRole.Supervisor, await api.FoundTeamAsync("华南团队"));
        var id = (await api.PostAsync(
            alice,
            "mutation { createCustomer(input: { name: \"星辰科技\", kind: ORGANIZATION, phone: \"021-5555-0000\" }) { " +
            "customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        await api.PostAsync(alice, $"mutation {{ addContact(input: {{ customerId: \"{id}\", name: \"王总\", phone: " +
            "\"13900000001\" }) { customer { id } } }");
        api.Clock.Advance(TimeSpan.FromMinutes(5));
        await api.PostAsync(sue, $"mutation {{ setCustomerTags(input: {{ customerId: \"{id}\", tags: [\"价格敏感\"] }}) " +
            "{ customer { id } } }");
        var aliceId = (await api.PostAsync(alice, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();

        var bySupervisor = await api.PostAsync(sue, Trail, new { where = new { customerId = new { eq = id } } });
        var byOwner = await api.PostAsync(alice, Trail, new { where = new { customerId = new { eq = id } } });
        var byColleague = await api.PostAsync(bob, Trail, new { where = new { customerId = new { eq = id } } });
        var byOtherTeam = await api.PostAsync(olga, Trail, new { where = new { customerId = new { eq = id } } });
        var perUser = await api.PostAsync(
            sue, Trail, new { where = new { actorId = new { eq = aliceId }, entityType = new { eq = "Customer" } } });

        bySupervisor.ToString().MatchSnapshot();
        var entries = bySupervisor.Data!["auditTrail"]!["nodes"]!.AsArray();
        entries.Count.ShouldBe(3);
        entries[0]!["actor"]!["login"]!.GetValue<string>().ShouldBe("sue");
        entries[0]!["changes"]!.AsArray().ShouldContain(
            c => c!["field"]!.GetValue<string>() == "tags" && c["after"]!.GetValue<string>() == "[\"价格敏感\"]");
        bySupervisor.ToString().ShouldNotContain("13900000001");
        bySupervisor.ToString().ShouldNotContain("5555");
        byOwner.Data!["auditTrail"]!["totalCount"]!.GetValue<int>().ShouldBe(3);
        byColleague.Data!["auditTrail"]!["totalCount"]!.GetValue<int>().ShouldBe(0);
        byOtherTeam.Data!["auditTrail"]!["totalCount"]!.GetValue<int>().ShouldBe(0);
        perUser.Data!["auditTrail"]!["totalCount"]!.GetValue<int>().ShouldBe(2);
    }
}
