using System.Text.Json.Nodes;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Security;

/// <summary>
/// Privacy requests: export everything about a customer, erase the person and keep the ledger; both audited.
/// </summary>
public sealed class PrivacyRequestTests
{
    [EngineFact]
    public async Task A_supervisor_exports_a_customers_data_and_then_erases_the_person_but_not_the_ledger(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var sue = await api.EnrollAsync("sue", UserRole.Supervisor);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var id = (await api.PostAsync(
            alice,
            "mutation { createCustomer(input: { name: \"王小明\", kind: INDIVIDUAL, phone: \"13900000001\", source: " +
            "REFERRAL }) { customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        await api.PostAsync(alice, $"mutation {{ addContact(input: {{ customerId: \"{id}\", name: \"王太太\", phone: " +
            "\"13900000002\" }) { customer { id } } }");
        await api.PostAsync(alice, $"mutation {{ recordFollowUp(input: {{ customerId: \"{id}\", happenedAt: " +
            "\"2026-03-02T00:30:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY, content: \"王先生说下月装修\" }) { " +
            "recorded { record { id } } } }");
        await api.PostAsync(alice, $"mutation {{ openDeal(input: {{ customerId: \"{id}\", product: \"全屋智能\", amount: " +
            "80000 }) { deal { id } } }");
        await api.PostAsync(alice, $"mutation {{ recordService(input: {{ customerId: \"{id}\", type: COMPLAINT, " +
            "content: \"王先生投诉安装延误\" }) { service { id } } }");
        const string export = "mutation($input: ExportCustomerDataInput!) { exportCustomerData(input: $input) { json " +
            "errors { __typename ... on Error { code } } } }";
        const string erase = "mutation($input: EraseCustomerInput!) { eraseCustomer(input: $input) { customer { name " +
            "phone contacts { name } erasedAt isArchived } errors { __typename ... on Error { code } } } }";

        var byAlice = await api.PostAsync(alice, export, new { input = new { customerId = id } });
        var exported = await api.PostAsync(sue, export, new { input = new { customerId = id } });
        var erased = await api.PostAsync(
            sue, erase, new { input = new { customerId = id, reason = "客户 2026-03-01 来电要求删除" } });
        var again = await api.PostAsync(sue, erase, new { input = new { customerId = id, reason = "x" } });
        var trail = await api.PostAsync(sue, $"{{ auditTrail(where: {{ customerId: {{ eq: \"{id}\" }} }}, first: 50) " +
            "{ nodes { action changes { field before after } } } }");
        var deals = await api.PostAsync(
            sue, $"{{ deals(where: {{ customerId: {{ eq: \"{id}\" }} }}) {{ nodes {{ product amount }} }} }}");
        var records = await api.WithDbAsync(
            db => db.FollowUpRecords.AsNoTracking().Select(r => r.Content).ToListAsync());
        var services = await api.WithDbAsync(
            db => db.ServiceRecords.AsNoTracking().Select(r => r.Content).ToListAsync());

        byAlice.Status.ShouldBe(403);
        var document = JsonNode.Parse(exported.Data!["exportCustomerData"]!["json"]!.GetValue<string>())!;
        document["customer"]!["Name"]!.GetValue<string>().ShouldBe("王小明");
        document["customer"]!["Contacts"]![0]!["Phone"]!.GetValue<string>().ShouldBe("13900000002");
        document["followUpRecords"]![0]!["Content"]!.GetValue<string>().ShouldBe("王先生说下月装修");
        document["deals"]![0]!["Amount"]!.GetValue<decimal>().ShouldBe(80000m);
        var customer = erased.Data!["eraseCustomer"]!["customer"]!;
        customer["name"]!.GetValue<string>().ShouldStartWith("已删除客户");
        customer["phone"].ShouldBeNull();
        customer["contacts"]!.AsArray().ShouldBeEmpty();
        customer["isArchived"]!.GetValue<bool>().ShouldBeTrue();
        again.Data!["eraseCustomer"]!["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("ALREADY_ERASED");
        deals.Data!["deals"]!["nodes"]![0]!["amount"]!.GetValue<decimal>().ShouldBe(80000m);
        records.ShouldBe(["[已删除]"]);
        services.ShouldBe(["[已删除]"]);
        document["serviceRecords"]![0]!["Content"]!.GetValue<string>().ShouldBe("王先生投诉安装延误");
        var actions = trail.Data!["auditTrail"]!["nodes"]!.AsArray()
            .Select(n => n!["action"]!.GetValue<string>())
            .ToList();
        actions.ShouldContain("EXPORTED");
        actions.ShouldContain("ERASED");
        trail.ToString().ShouldNotContain("王小明");
        trail.ToString().ShouldNotContain("王太太");
        trail.ToString().ShouldNotContain("装修");
    }
}
