using System.Text.Json.Nodes;
using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.ReadPath;

/// <summary>
/// Issue #16 / ADR-039: customer reads are shaped by the selection set. The SQL is captured by the test server's
/// command interceptor and asserted on its text and its count, on both engines (never timings). The read-only cases
/// share one server per engine with alice's 50 customers (<see cref="SeededServers"/>: seeding is most of their cost);
/// the case that records follow-ups starts its own.
/// </summary>
public sealed class CustomerProjectionTests(CustomerProjectionTests.SeededServers seeded)
    : IClassFixture<CustomerProjectionTests.SeededServers>
{
    private static readonly string[] ChildTables =
    [
        "customer_contacts", "customer_key_dates", "customer_issues", "customer_purchases", "customer_stage_changes",
        "customer_grade_changes",
    ];

    private static readonly string[] SealedColumns =
        ["profile_phone", "profile_email", "profile_we_chat", "profile_address", "profile_birthday"];

    private const string WorkPage = """
        query($first: Int) { customers(first: $first, order: [{ name: ASC }]) { nodes {
          id name owner { login } nextPlan { dueAt } lastFollowUp { content } openDeals { product } tags } } }
        """;

    [EngineFact]
    public async Task A_page_of_id_name_stage_grade_reads_no_child_table_and_no_sealed_column(Engine engine)
    {
        var (api, alice) = await seeded.ForAsync(engine);

        var statements = await StatementsAsync(
            api, alice, "{ customers(first: 50) { nodes { id name stage grade } } }");

        var page = statements.Where(s => s.Contains("customers", StringComparison.Ordinal)).ToList();
        page.Count.ShouldBe(1, string.Join("\n\n", statements));
        foreach (var name in ChildTables.Concat(SealedColumns))
        {
            page[0].ShouldNotContain(name, Case.Sensitive, page[0]);
        }

        page[0].ShouldNotContain(
            "maintenance_strategy", Case.Sensitive, "an unselected plain column is not read either");
    }

    [EngineFact]
    public async Task Sealed_fields_and_child_rows_are_read_and_decrypted_when_selected(Engine engine)
    {
        var (api, alice) = await seeded.ForAsync(engine);

        var statements = await StatementsAsync(
            api, alice, "{ customers(first: 50, order: [{ name: ASC }]) { nodes { name phone contacts { name phone } " +
                "} } }");
        var response = await api.PostAsync(
            alice, "{ customers(first: 50, order: [{ name: ASC }]) { nodes { name phone industry contacts { name " +
                "phone } } } }");

        var sql = string.Join("\n", statements);
        sql.ShouldContain("profile_phone");
        sql.ShouldContain("customer_contacts");
        sql.ShouldNotContain("profile_email");
        sql.ShouldNotContain("customer_purchases");
        var first = response.Data!["customers"]!["nodes"]![0]!;
        first["name"]!.GetValue<string>().ShouldBe("客户00");
        first["phone"]!.GetValue<string>().ShouldBe("13800000000");
        first["industry"].ShouldBeNull();
        first["contacts"]![0]!["phone"]!.GetValue<string>().ShouldBe("13900000000");
    }

    [EngineFact]
    public async Task The_work_page_costs_at_most_3_statements_at_page_size_10_and_50(Engine engine)
    {
        var (api, alice) = await seeded.ForAsync(engine);

        var small = await StatementsAsync(api, alice, WorkPage, new { first = 10 });
        var large = await StatementsAsync(api, alice, WorkPage, new { first = 50 });
        var response = await api.PostAsync(alice, WorkPage, new { first = 50 });

        large.Count.ShouldBe(small.Count, string.Join("\n\n", large));
        large.Count.ShouldBeLessThanOrEqualTo(3, string.Join("\n\n", large));
        response.Errors.ShouldBeNull(response.ToString());
        var nodes = response.Data!["customers"]!["nodes"]!.AsArray();
        nodes.Count.ShouldBe(50);
        var first = nodes[0]!;
        first["owner"]!["login"]!.GetValue<string>().ShouldBe("alice");
        first["lastFollowUp"]!["content"]!.GetValue<string>().ShouldBe("第0次");
        first["nextPlan"]!["dueAt"].ShouldNotBeNull();
        first["openDeals"]![0]!["product"]!.GetValue<string>().ShouldBe("产品0");
        first["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["重点"]);
        nodes[1]!["openDeals"]!.AsArray().ShouldBeEmpty();
        nodes[49]!["lastFollowUp"].ShouldBeNull();
        nodes[49]!["nextPlan"].ShouldBeNull();
    }

    [EngineFact]
    public async Task A_customer_detail_with_contacts_next_plan_open_deals_and_last_10_records_costs_at_most_3_statements(Engine engine)
    {
        var (api, alice) = await seeded.ForAsync(engine);
        var id = await FirstIdAsync(api, alice);
        const string Detail = """
            query($id: ID!) { node(id: $id) { ... on Customer { name phone contacts { name phone } nextPlan { dueAt }
              openDeals { product } followUpRecords(first: 10) { nodes { content } pageInfo { hasNextPage } } } } }
            """;

        var statements = await StatementsAsync(api, alice, Detail, new { id });
        var response = await api.PostAsync(alice, Detail, new { id });

        statements.Count.ShouldBeLessThanOrEqualTo(3, string.Join("\n\n", statements));
        var customer = response.Data!["node"]!;
        customer["name"]!.GetValue<string>().ShouldBe("客户00");
        customer["contacts"]![0]!["phone"]!.GetValue<string>().ShouldBe("13900000000");
        customer["nextPlan"]!["dueAt"].ShouldNotBeNull();
        customer["openDeals"]![0]!["product"]!.GetValue<string>().ShouldBe("产品0");
        customer["followUpRecords"]!["nodes"]![0]!["content"]!.GetValue<string>().ShouldBe("第0次");
        customer["followUpRecords"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeFalse();
    }

    [EngineFact]
    public async Task Nested_history_connections_page_by_cursor_and_are_batched_across_the_page(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await SeedAsync(api, 12);
        var id = await FirstIdAsync(api, alice);
        for (var i = 1; i <= 2; i++)
        {
            await PostOkAsync(api, alice, $"mutation {{ recordFollowUp(input: {{ customerId: \"{id}\", happenedAt: " +
                $"\"2026-03-01T00:0{i}:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY, content: \"再{i}\" }}) {{ " +
                "recorded { record { id } } } }");
        }

        const string Page = """
            query($after: String) { customers(first: 12, order: [{ name: ASC }]) { nodes { name
              followUpRecords(first: 2, after: $after) { totalCount nodes { content } pageInfo { hasNextPage endCursor } }
              dealsConnection(first: 1) { nodes { product } } serviceRecordsConnection { totalCount }
              followUpPlans(first: 1, where: { status: { eq: PLANNED } }) { nodes { status } } } } }
            """;
        var statements = await StatementsAsync(api, alice, Page);
        var first = (await api.PostAsync(alice, Page)).Data!["customers"]!["nodes"]!.AsArray();

        // the page, 4 nested pages, 2 counts; none per customer
        statements.Count.ShouldBe(7, string.Join("\n\n", statements));
        var records = first[0]!["followUpRecords"]!;
        records["totalCount"]!.GetValue<int>().ShouldBe(3);
        records["nodes"]!.AsArray().Select(n => n!["content"]!.GetValue<string>()).ShouldBe(["第0次", "再2"]);
        records["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeTrue();
        first[0]!["dealsConnection"]!["nodes"]![0]!["product"]!.GetValue<string>().ShouldBe("产品0");
        first[0]!["serviceRecordsConnection"]!["totalCount"]!.GetValue<int>().ShouldBe(0);
        first[0]!["followUpPlans"]!["nodes"]![0]!["status"]!.GetValue<string>().ShouldBe("PLANNED");
        first[1]!["followUpRecords"]!["totalCount"]!.GetValue<int>().ShouldBe(1);
        first[11]!["followUpRecords"]!["nodes"]!.AsArray().ShouldBeEmpty();

        var cursor = records["pageInfo"]!["endCursor"]!.GetValue<string>();
        var next = await api.PostAsync(alice, Page, new { after = cursor });
        next.Errors.ShouldBeNull(next.ToString());
        var rest = next.Data!["customers"]!["nodes"]![0]!["followUpRecords"]!;
        rest["nodes"]!.AsArray().Select(n => n!["content"]!.GetValue<string>()).ShouldBe(["再1"]);
        rest["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeFalse();
    }

    /// <summary>
    /// One server per engine, started and seeded with alice's 50 customers (<see cref="SeedAsync"/>) the first time a
    /// case asks for it, for the cases that only read. xUnit runs the cases of a class one after another, so the
    /// statement counter of the shared server sees one case at a time.
    /// </summary>
    public sealed class SeededServers : IAsyncLifetime
    {
        private readonly Dictionary<Engine, Lazy<Task<(TestApi Api, string Alice)>>> _servers = new()
        {
            [Engine.Sqlite] = new(() => StartAsync(Engine.Sqlite)),
            [Engine.Postgres] = new(() => StartAsync(Engine.Postgres)),
        };

        public Task<(TestApi Api, string Alice)> ForAsync(Engine engine) => _servers[engine].Value;

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            foreach (var server in _servers.Values.Where(s => s.IsValueCreated))
            {
                await (await server.Value).Api.DisposeAsync();
            }
        }

        private static async Task<(TestApi Api, string Alice)> StartAsync(Engine engine)
        {
            var api = await TestApi.StartAsync(engine);
            try
            {
                return (api, await SeedAsync(api, 50));
            }
            catch
            {
                await api.DisposeAsync();
                throw;
            }
        }
    }

    private static async Task<string> FirstIdAsync(TestApi api, string token) =>
        (await PostOkAsync(api, token, "{ customers(first: 1, order: [{ name: ASC }]) { nodes { id } } }"))[
            "customers"]!["nodes"]![0]!["id"]!.GetValue<string>();

    /// <summary>
    /// Alice's customers 客户00.. (phone 1380000000n); the first ten each get a contact, a follow-up record, a plan
    /// and a tag, the even ones of them an open deal.
    /// </summary>
    internal static async Task<string> SeedAsync(TestApi api, int customers)
    {
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        for (var i = 0; i < customers; i++)
        {
            var created = await PostOkAsync(api, alice, "mutation($input: CreateCustomerInput!) { " +
                "createCustomer(input: $input) { customer { id } } }",
                new { input = new { name = $"客户{i:D2}", kind = "INDIVIDUAL", phone = $"138000000{i:D2}" } });
            var id = created["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
            if (i >= 10)
            {
                continue;
            }

            await PostOkAsync(api, alice, $"mutation {{ addContact(input: {{ customerId: \"{id}\", name: \"联系人{i}\", " +
                $"phone: \"1390000000{i}\" }}) {{ customer {{ id }} }} }}");
            await PostOkAsync(api, alice, $"mutation {{ recordFollowUp(input: {{ customerId: \"{id}\", happenedAt: " +
                $"\"2026-03-02T00:{i:D2}:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY, content: \"第{i}次\" }}) {{ " +
                "recorded { record { id } } } }");
            await PostOkAsync(api, alice, $"mutation {{ planFollowUp(input: {{ customerId: \"{id}\", dueAt: " +
                $"\"2026-05-0{1 + (i % 2)}T00:00:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY }}) {{ plan {{ id " +
                "} } }");
            await PostOkAsync(api, alice, $"mutation {{ setCustomerTags(input: {{ customerId: \"{id}\", tags: " +
                "[\"重点\"] }) { customer { id } } }");
            if (i % 2 == 0)
            {
                await PostOkAsync(api, alice, $"mutation {{ openDeal(input: {{ customerId: \"{id}\", product: " +
                    $"\"产品{i}\", amount: 1000 }}) {{ deal {{ id }} }} }}");
            }
        }

        return alice;
    }

    internal static async Task<List<string>> StatementsAsync(
        TestApi api, string token, string query, object? variables = null)
    {
        await api.PostAsync(token, query, variables); // the signed-in user is cached from now on
        api.SqlCommands.Reset();
        var response = await api.PostAsync(token, query, variables);
        var statements = api.SqlCommands.Commands.Select(c => c.Sql).ToList();
        response.Errors.ShouldBeNull(response.ToString());
        return statements;
    }

    private static async Task<JsonNode> PostOkAsync(TestApi api, string token, string query, object? variables = null)
    {
        var response = await api.PostAsync(token, query, variables);
        response.Errors.ShouldBeNull(response.ToString());
        return response.Data!;
    }
}
