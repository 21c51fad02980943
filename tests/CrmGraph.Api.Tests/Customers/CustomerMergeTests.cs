using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using static CrmGraph.Api.Tests.Customers.CustomerRecordMutationTests;

namespace CrmGraph.Api.Tests.Customers;

/// <summary>合并重复客户 through the API: everything of the duplicate ends up on the survivor, nothing is lost.</summary>
public sealed class CustomerMergeTests
{
    private const string Merge = """
        mutation($input: MergeCustomersInput!) { mergeCustomers(input: $input) {
          customer { name email tags contacts { name } sharedWithIds version }
          errors { __typename ... on Error { code message } ... on ValidationError { field } } } }
        """;

    [EngineFact]
    public async Task The_survivor_gets_the_duplicates_contacts_plans_follow_ups_and_deals_and_the_duplicate_keeps_its_history(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var sue = await api.EnrollAsync("sue", UserRole.Supervisor);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var survivor = await CreateAsync(api, alice, "mutation { createCustomer(input: { name: \"上海星辰科技有限公司\", kind: " +
            "ORGANIZATION, phone: \"021-5555-0000\" }) { customer { id } } }");
        var duplicate = await CreateAsync(api, bob, "mutation { createCustomer(input: { name: \"星辰科技\", kind: " +
            "ORGANIZATION, email: \"info@xc.cn\", createAnyway: true }) { customer { id } } }");
        await api.PostAsync(bob, $"mutation {{ addContact(input: {{ customerId: \"{duplicate}\", name: \"李总\" }}) {{ " +
            "customer { id } } }");
        await api.PostAsync(bob, $"mutation {{ setCustomerTags(input: {{ customerId: \"{duplicate}\", tags: " +
            "[\"竞品对比中\"] }) { customer { id } } }");
        await api.PostAsync(bob, $"mutation {{ planFollowUp(input: {{ customerId: \"{duplicate}\", dueAt: " +
            "\"2026-03-05T02:00:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY }) { plan { id } } }");
        await api.PostAsync(bob, $"mutation {{ recordFollowUp(input: {{ customerId: \"{duplicate}\", happenedAt: " +
            "\"2026-03-02T00:30:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY, content: \"初次沟通\" }) { recorded " +
            "{ record { id } } } }");
        await api.PostAsync(bob, $"mutation {{ openDeal(input: {{ customerId: \"{duplicate}\", product: \"CRM\", " +
            "amount: 100000 }) { deal { id } } }");

        var byAlice = await api.PostAsync(
            alice, Merge, new { input = new { customerId = survivor, duplicateId = duplicate } });
        var merged = await api.PostAsync(
            sue, Merge,
            new { input = new { customerId = survivor, duplicateId = duplicate, duplicateExpectedVersion = 4 } });
        var again = await api.PostAsync(
            sue, Merge, new { input = new { customerId = survivor, duplicateId = duplicate } });
        var tombstone = await api.PostAsync(sue, $"{{ node(id: \"{duplicate}\") {{ ... on Customer {{ isArchived " +
            "mergedIntoId stageHistory { to } } } }");
        var plans = await api.PostAsync(sue, $"{{ followUpPlans(where: {{ customerId: {{ eq: \"{survivor}\" }} }}) " +
            $"{{ totalCount }} deals(where: {{ customerId: {{ eq: \"{survivor}\" }} }}) {{ totalCount }} " +
            $"followUpRecords(where: {{ customerId: {{ eq: \"{survivor}\" }} }}) {{ totalCount }} }}");

        byAlice.Data!["mergeCustomers"]!["errors"]![0]!["__typename"]!.GetValue<string>().ShouldBe("NotFoundError");
        merged.Data!["mergeCustomers"]!["errors"].ShouldBeNull(merged.ToString());
        merged.ToString().MatchSnapshot();
        again.Data!["mergeCustomers"]!["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("ALREADY_MERGED");
        tombstone.Data!["node"]!["isArchived"]!.GetValue<bool>().ShouldBeTrue();
        tombstone.Data!["node"]!["mergedIntoId"]!.GetValue<string>().ShouldBe(survivor);
        plans.Data!["followUpPlans"]!["totalCount"]!.GetValue<int>().ShouldBe(2);
        plans.Data!["deals"]!["totalCount"]!.GetValue<int>().ShouldBe(1);
        plans.Data!["followUpRecords"]!["totalCount"]!.GetValue<int>().ShouldBe(1);
        var bobStillSees = await api.PostAsync(bob, $"{{ node(id: \"{survivor}\") {{ id }} }}");
        bobStillSees.Data!["node"].ShouldNotBeNull();
        (await api.WithDbAsync(db => db.FollowUpPlans.CountAsync())).ShouldBe(2);
    }

    [EngineFact]
    public async Task A_stale_duplicate_version_merges_nothing(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        var survivor = await CreateAsync(api, token, "mutation { createCustomer(input: { name: \"甲公司\", kind: " +
            "ORGANIZATION }) { customer { id } } }");
        var duplicate = await CreateAsync(api, token, "mutation { createCustomer(input: { name: \"乙公司\", kind: " +
            "ORGANIZATION }) { customer { id } } }");
        await api.PostAsync(token, $"mutation {{ setCustomerTags(input: {{ customerId: \"{duplicate}\", tags: " +
            "[\"x\"] }) { customer { id } } }");

        var stale = await api.PostAsync(
            token, Merge,
            new { input = new { customerId = survivor, duplicateId = duplicate, duplicateExpectedVersion = 0 } });
        var self = await api.PostAsync(
            token, Merge, new { input = new { customerId = survivor, duplicateId = survivor } });

        stale.Data!["mergeCustomers"]!["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("STALE_VERSION");
        self.Data!["mergeCustomers"]!["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("MERGE_INTO_ITSELF");
        var untouched = await api.PostAsync(
            token, $"{{ node(id: \"{duplicate}\") {{ ... on Customer {{ isArchived mergedIntoId }} }} }}");
        untouched.Data!["node"]!["isArchived"]!.GetValue<bool>().ShouldBeFalse();
    }
}
