using System.Text.Json.Nodes;
using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.Customers;

public sealed class CustomerSliceTests
{
    private const string CreateCustomer = """
        mutation Create($input: CreateCustomerInput!) {
          createCustomer(input: $input) {
            customer { id name kind ownerId firstContactAt enteredAt }
            errors { __typename ... on Error { message code } ... on ValidationError { field } }
          }
        }
        """;

    [EngineFact]
    public async Task Me_answers_for_the_first_run_admin(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);

        var response = await api.PostAsync(await api.TokenAsync("admin"), "{ me { id login displayName role } }");

        response.Status.ShouldBe(200);
        response.ToString().MatchSnapshot();
    }

    [EngineFact]
    public async Task Created_customer_is_listed_and_survives_a_restart(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");

        var created = await api.PostAsync(
            token, CreateCustomer, new
            {
                input = new
                {
                    name = "上海星辰科技有限公司",
                    kind = "ORGANIZATION",
                    firstContactAt = "2026-03-01T09:30:00Z"
                }
            });
        await api.RestartAsync();
        var listed = await api.PostAsync(
            token, "{ customers { nodes { id name kind } pageInfo { hasNextPage hasPreviousPage } } }");

        created.ToString().MatchSnapshot();
        listed.Data!["customers"]!["nodes"]!.AsArray().Single()!["id"]!.GetValue<string>()
            .ShouldBe(created.Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>());
    }

    [EngineFact]
    public async Task A_blank_name_is_a_typed_error_in_the_callers_language_and_nothing_is_saved(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");

        var english = await api.PostAsync(
            token, CreateCustomer, new { input = new { name = "  ", kind = "INDIVIDUAL" } });
        var chinese = await api.PostAsync(
            token, CreateCustomer, new { input = new { name = "", kind = "INDIVIDUAL" } },
            acceptLanguage: "zh-CN,zh;q=0.9");

        english.Data!["createCustomer"]!["errors"]![0]!["message"]!.GetValue<string>().ShouldBe("'name' is required.");
        english.Data!["createCustomer"]!["errors"]![0]!["field"]!.GetValue<string>().ShouldBe("name");
        chinese.Data!["createCustomer"]!["errors"]![0]!["message"]!.GetValue<string>().ShouldBe("客户名称不能为空。");
        (await api.WithDbAsync(db => Task.FromResult(db.Customers.Count()))).ShouldBe(0);
    }

    [EngineFact]
    public async Task First_contact_after_entry_is_refused(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);

        var response = await api.PostAsync(
            await api.TokenAsync("admin"), CreateCustomer,
            new { input = new { name = "王五", kind = "INDIVIDUAL", firstContactAt = "2027-01-01T00:00:00Z" } });

        response.Data!["createCustomer"]!["errors"]![0]!["code"]!.GetValue<string>()
            .ShouldBe("FIRST_CONTACT_IN_FUTURE");
    }

    [EngineFact]
    public async Task Pages_forward_and_backward_by_cursor_newest_first(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        foreach (var name in new[] { "A", "B", "C", "D", "E" })
        {
            await api.PostAsync(token, CreateCustomer, new { input = new { name, kind = "INDIVIDUAL" } });
            api.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        const string page = "query($first: Int, $after: String, $last: Int, $before: String) { customers(first: " +
            "$first, after: $after, last: $last, before: $before) { nodes { name } pageInfo { hasNextPage " +
            "hasPreviousPage startCursor endCursor } } }";
        var first = await api.PostAsync(token, page, new { first = 2 });
        var second = await api.PostAsync(token, page, new { first = 2, after = EndCursor(first) });
        var back = await api.PostAsync(token, page, new { last = 2, before = StartCursor(second) });

        Names(first).ShouldBe(["E", "D"]);
        Names(second).ShouldBe(["C", "B"]);
        second.Data!["customers"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeTrue();
        Names(back).ShouldBe(["E", "D"]);
        back.Data!["customers"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>().ShouldBeFalse();
    }

    [EngineFact]
    public async Task Page_size_above_the_maximum_and_foreign_cursors_are_clear_errors(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");

        var tooMany = await api.PostAsync(token, "{ customers(first: 51) { nodes { name } } }");
        var badCursor = await api.PostAsync(token, "{ customers(after: \"bm90IGEgY3Vyc29y\") { nodes { name } } }");

        tooMany.Errors![0]!["message"]!.GetValue<string>().ShouldBe("'first' must be at most 50; it was 51.");
        badCursor.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("INVALID_CURSOR");
    }

    [EngineFact]
    public async Task Node_refetches_a_customer_by_its_global_id(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        var created = await api.PostAsync(
            token, CreateCustomer, new { input = new { name = "赵六", kind = "INDIVIDUAL" } });
        var id = created.Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

        var node = await api.PostAsync(
            token, "query($id: ID!) { node(id: $id) { __typename id ... on Customer { name } } }", new { id });
        var nodes = await api.PostAsync(
            token, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            new { ids = new[] { id, "garbage", "VXNlcjowMDAw" } });

        node.Data!["node"]!["name"]!.GetValue<string>().ShouldBe("赵六");
        nodes.Data!["nodes"]!.AsArray().Select(n => n?["id"]?.GetValue<string>()).ShouldBe([id, null, null]);
    }

    [EngineFact]
    public async Task A_salesperson_sees_only_own_customers_on_every_entry_point(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var otherTeam = await api.FoundTeamAsync("华南团队");
        var carol = await api.EnrollAsync("carol", UserRole.Supervisor, otherTeam);
        var created = await api.PostAsync(
            alice, CreateCustomer, new { input = new { name = "Alice's customer", kind = "INDIVIDUAL" } });
        var id = created.Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        const string probe = "query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } customers { nodes { id " +
            "} } }";

        var asAlice = await api.PostAsync(alice, probe, new { id });
        var asBob = await api.PostAsync(bob, probe, new { id });
        var asCarol = await api.PostAsync(carol, probe, new { id });
        var asAdmin = await api.PostAsync(await api.TokenAsync("admin"), probe, new { id });

        Visible(asAlice).ShouldBe((true, true, 1));
        Visible(asBob).ShouldBe((false, false, 0));
        Visible(asCarol).ShouldBe((false, false, 0));
        Visible(asAdmin).ShouldBe((true, true, 1));
    }

    [EngineFact]
    public async Task Owner_can_be_assigned_only_within_the_callers_authority(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var supervisor = await api.EnrollAsync("sue", UserRole.Supervisor);
        var aliceId = (await api.PostAsync(alice, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();
        var supervisorId = (await api.PostAsync(supervisor, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();

        var bySupervisor = await api.PostAsync(
            supervisor, CreateCustomer,
            new { input = new { name = "分配给Alice", kind = "INDIVIDUAL", ownerId = aliceId } });
        var byAlice = await api.PostAsync(
            alice, CreateCustomer, new { input = new { name = "分配给主管", kind = "INDIVIDUAL", ownerId = supervisorId } });

        bySupervisor.Data!["createCustomer"]!["customer"]!["ownerId"]!.GetValue<string>().ShouldBe(aliceId);
        byAlice.Data!["createCustomer"]!["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("OWNER_NOT_ALLOWED");
    }

    private static string[] Names(GraphQLResponse response) =>
        [.. response.Data!["customers"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>())];

    private static string EndCursor(GraphQLResponse response) =>
        response.Data!["customers"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

    private static string StartCursor(GraphQLResponse response) =>
        response.Data!["customers"]!["pageInfo"]!["startCursor"]!.GetValue<string>();

    private static (bool Node, bool Nodes, int Listed) Visible(GraphQLResponse response) => (
        response.Data!["node"] is JsonObject,
        response.Data!["nodes"]![0] is JsonObject,
        response.Data!["customers"]!["nodes"]!.AsArray().Count);
}
