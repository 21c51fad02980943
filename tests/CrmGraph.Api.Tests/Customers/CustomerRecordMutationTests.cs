using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.Customers;

/// <summary>Editing the archive after entry: patches, contacts, key dates, issues, purchases, sharing.</summary>
public sealed class CustomerRecordMutationTests
{
    private const string Errors = "errors { __typename ... on Error { code message } ... on ValidationError { field " +
        "} ... on NotFoundError { field } }";

    [EngineFact]
    public async Task UpdateCustomer_keeps_what_is_left_out_clears_nulls_and_refreshes_duplicate_keys(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        var id = await CreateAsync(api, token, "mutation { createCustomer(input: { name: \"星辰科技\", kind: " +
            "ORGANIZATION, phone: \"021-5555-0000\", industry: \"软件\", website: \"xc.cn\" }) { customer { id } } }");

        var updated = await Run(
            api, token, "updateCustomer", new { customerId = id, email = "Info@XC.cn", website = (string?)null },
            "name industry website phone email");
        var blankName = await Run(api, token, "updateCustomer", new { customerId = id, name = " " }, "name");
        var duplicates = await api.PostAsync(token, "{ likelyDuplicates(email: \"info@xc.cn\") { customerId } }");

        var customer = updated.Data!["updateCustomer"]!["customer"]!;
        (customer["name"]!.GetValue<string>(), customer["industry"]!.GetValue<string>(), customer[
            "phone"]!.GetValue<string>(), customer["email"]!.GetValue<string>())
            .ShouldBe(("星辰科技", "软件", "021-5555-0000", "Info@XC.cn"));
        customer["website"].ShouldBeNull();
        blankName.Data!["updateCustomer"]!["errors"]![0]!["field"]!.GetValue<string>().ShouldBe("name");
        duplicates.Data!["likelyDuplicates"]!.AsArray().Select(d => d!["customerId"]!.GetValue<string>()).ShouldBe(
            [id]);
    }

    [EngineFact]
    public async Task Contacts_key_dates_issues_and_purchases_are_edited_and_unknown_ids_are_named(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        var id = await CreateAsync(
            api, token, "mutation { createCustomer(input: { name: \"王五\", kind: INDIVIDUAL }) { customer { id } } }");
        const string parts = "contacts { id name phone isKeyDecisionMaker } keyDates { id label } potentialIssues { " +
            "id description solution status } purchases { product amount } cooperationResults";
        var withContact = await Run(
            api, token, "addContact", new { customerId = id, name = "王五", phone = "13900000001" }, parts);
        var contactId = withContact.Data!["addContact"]!["customer"]!["contacts"]![0]!["id"]!.GetValue<string>();
        var withDate = await Run(
            api, token, "addKeyDate", new { customerId = id, kind = "BIRTHDAY", date = "1980-05-01", label = "王五生日" },
            parts);
        var keyDateId = withDate.Data!["addKeyDate"]!["customer"]!["keyDates"]![0]!["id"]!.GetValue<string>();
        var withIssue = await Run(
            api, token, "recordPotentialIssue", new { customerId = id, description = "担心数据迁移" }, parts);
        var issueId =
            withIssue.Data!["recordPotentialIssue"]!["customer"]!["potentialIssues"]![0]!["id"]!.GetValue<string>();

        await Ok(
            api, token, "updateContact",
            new { customerId = id, contactId, name = "王五", phone = "13900000002", isKeyDecisionMaker = true }, parts);
        await Ok(api, token, "removeKeyDate", new { customerId = id, keyDateId }, parts);
        await Ok(
            api, token, "updatePotentialIssue",
            new { customerId = id, issueId, solution = "提供导入工具", status = "RESOLVED" }, parts);
        await Ok(
            api, token, "recordPurchase",
            new { customerId = id, product = "CRM 年度订阅", purchasedOn = "2026-03-01", amount = 400000 }, parts);
        var notSigned = await Run(
            api, token, "recordCooperationResults", new { customerId = id, results = "上线三个月" }, parts);
        var final = await Ok(
            api, token, "recordPotentialIssue", new { customerId = id, description = "预算审批慢", status = "IN_PROGRESS" },
            parts);
        var unknownContact = await Run(
            api, token, "updateContact", new { customerId = id, contactId = keyDateId, name = "x" }, parts);
        var missingAmount = await Run(
            api, token, "recordPurchase", new { customerId = id, product = "x", purchasedOn = "2026-03-01" }, parts);

        var customer = final.Data!["recordPotentialIssue"]!["customer"]!;
        customer["contacts"]![0]!["phone"]!.GetValue<string>().ShouldBe("13900000002");
        customer["contacts"]![0]!["isKeyDecisionMaker"]!.GetValue<bool>().ShouldBeTrue();
        customer["keyDates"]!.AsArray().ShouldBeEmpty();
        customer["potentialIssues"]![0]!["status"]!.GetValue<string>().ShouldBe("RESOLVED");
        customer["purchases"]![0]!["amount"]!.GetValue<decimal>().ShouldBe(400000m);
        customer["potentialIssues"]![1]!["status"]!.GetValue<string>().ShouldBe("IN_PROGRESS");
        notSigned.Data!["recordCooperationResults"]!["errors"]![0]!["code"]!.GetValue<string>()
            .ShouldBe("NOT_ESTABLISHED");
        unknownContact.Data!["updateContact"]!["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("INVALID_ID");
        // amount is non-null in the schema (ADR-035), so its absence is refused before the resolver runs.
        missingAmount.Errors![0]!["message"]!.GetValue<string>().ShouldContain("amount");
    }

    [EngineFact]
    public async Task Sharing_stays_inside_the_team_and_unsharing_takes_sight_away(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var olga = await api.EnrollAsync("olga", UserRole.Salesperson, await api.FoundTeamAsync("华南团队"));
        var bobId = await MeAsync(api, bob);
        var olgaId = await MeAsync(api, olga);
        var id = await CreateAsync(
            api, alice, "mutation { createCustomer(input: { name: \"李四\", kind: INDIVIDUAL }) { customer { id } } }");

        var outside = await Run(api, alice, "shareCustomer", new { customerId = id, userId = olgaId }, "sharedWithIds");
        await Ok(api, alice, "shareCustomer", new { customerId = id, userId = bobId }, "sharedWithIds");
        var bobSees = await api.PostAsync(bob, $"{{ node(id: \"{id}\") {{ id }} }}");
        var unshared = await Ok(
            api, alice, "unshareCustomer", new { customerId = id, userId = bobId }, "sharedWithIds");
        var bobAfter = await api.PostAsync(bob, $"{{ node(id: \"{id}\") {{ id }} }}");

        outside.Data!["shareCustomer"]!["errors"]![0]!["field"]!.GetValue<string>().ShouldBe("userId");
        olga.ShouldNotBeNull();
        bobSees.Data!["node"].ShouldNotBeNull();
        unshared.Data!["unshareCustomer"]!["customer"]!["sharedWithIds"]!.AsArray().ShouldBeEmpty();
        bobAfter.Data!["node"].ShouldBeNull();
    }

    internal static async Task<string> CreateAsync(TestApi api, string token, string mutation) =>
        (await api.PostAsync(token, mutation)).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

    internal static async Task<string> MeAsync(TestApi api, string token) =>
        (await api.PostAsync(token, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();

    private static Task<GraphQLResponse> Run(
        TestApi api, string token, string mutation, object input, string selection) =>
        api.PostAsync(token, $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ " +
            $"{mutation}(input: $input) {{ customer {{ {selection} }} {Errors} }} }}", new { input });

    private static async Task<GraphQLResponse> Ok(
        TestApi api, string token, string mutation, object input, string selection)
    {
        var response = await Run(api, token, mutation, input, selection);
        response.Errors.ShouldBeNull(response.ToString());
        response.Data![mutation]!["errors"].ShouldBeNull(response.ToString());
        return response;
    }
}
