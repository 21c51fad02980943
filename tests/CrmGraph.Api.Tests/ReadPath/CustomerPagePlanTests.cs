using System.Globalization;
using System.Text.RegularExpressions;
using CrmGraph.Api.Tests.Benchmarks;
using CrmGraph.Api.Tests.Sheets;
using CrmGraph.Domain.Users;
using Npgsql;
using Xunit.Abstractions;

namespace CrmGraph.Api.Tests.ReadPath;

/// <summary>
/// Issue #16: on PostgreSQL with a realistic table (two teams, a dozen owners, a pool, some shares), the customer pages
/// of a salesperson and a supervisor are index walks: no plan of theirs reads customers by sequential scan, and the
/// customers shared with the viewer are walked in the page's order off <c>customer_shares</c> (ADR-054). The plans
/// are asserted, never timings; they are printed for the ADR (run with a detailed console logger).
/// </summary>
public sealed partial class CustomerPagePlanTests(ITestOutputHelper output)
{
    private const int Customers = 30_000;

    [PostgresFact]
    public async Task Salesperson_and_supervisor_pages_walk_indexes_instead_of_scanning_customers()
    {
        await using var api = await TestApi.StartAsync(Engine.Postgres);
        var supervisor = await api.EnrollAsync("sue", UserRole.Supervisor);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var reps = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            reps.Add(await api.EnrollAsync($"rep{i:D2}", UserRole.Salesperson));
        }

        var otherTeam = await api.FoundTeamAsync("别组");
        await api.EnrollAsync("zed", UserRole.Salesperson, otherTeam);
        await api.PostAsync(
            alice, "mutation { createCustomer(input: { name: \"模板\", kind: INDIVIDUAL }) { customer { id } } }");
        await SeedAsync(api, otherTeam);
        var bob = (await api.PostAsync(reps[3], "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();

        var pages = new (string Who, string Token, string Query)[]
        {
            ("salesperson by name", alice, "{ customers(first: 50, order: [{ name: ASC }]) { nodes { id name } " +
                "pageInfo { endCursor } } }"),
            ("salesperson newest first", alice, "{ customers(first: 50) { nodes { id name } } }"),
            ("supervisor by name", supervisor, "{ customers(first: 50, order: [{ name: ASC }]) { nodes { id name } } " +
                "}"),
            ("supervisor, one owner by name", supervisor, "{ customers(first: 50, where: { ownerId: { eq: " +
                $"\"{bob}\" }} }}, order: [{{ name: ASC }}]) {{ nodes {{ id name }} }} }}"),
            ("supervisor, one owner newest first", supervisor, "{ customers(first: 50, where: { ownerId: { eq: " +
                $"\"{bob}\" }} }}) {{ nodes {{ id name }} }} }}"),
        };

        await PrintBeforeAsync(api.ConnectionString);
        foreach (var (who, token, query) in pages)
        {
            api.SqlCommands.Reset();
            var response = await api.PostAsync(token, query);
            response.Errors.ShouldBeNull(response.ToString());
            response.Data!["customers"]!["nodes"]!.AsArray().Count.ShouldBe(50, who);
            var statements = api.SqlCommands.Commands.Where(
                c => c.Sql.Contains("FROM customers", StringComparison.Ordinal))
                .ToList();
            statements.ShouldNotBeEmpty(who);
            foreach (var statement in statements)
            {
                var plan = await ExplainAsync(api.ConnectionString, statement);
                output.WriteLine($"-- {who}\n{statement.Sql}\n{plan}\n");
                plan.ShouldNotContain("Seq Scan on customers", customMessage: $"{who}:\n{plan}");
                // The parts' top rows are merged on the sort keys before the rows are read again by id: a page's
                // worth of primary-key lookups, not every part's top.
                foreach (Match reread in PrimaryKeyLookups().Matches(plan))
                {
                    int.Parse(reread.Groups[1].Value, CultureInfo.InvariantCulture)
                        .ShouldBeLessThanOrEqualTo(51, $"{who}:\n{plan}");
                }

                // "Shared with me" walks the share index in the page's order and stops with the page (ADR-054): never
                // all of the viewer's shared customers off the GIN index, however many there are.
                if (token != alice)
                {
                    continue; // a supervisor's shared part (other teams' customers) stays on the GIN index
                }

                plan.ShouldNotContain("on ix_customers_shared_with", customMessage: $"{who}:\n{plan}");
                var walks = ShareWalks().Matches(plan);
                walks.Count.ShouldBe(1, $"{who}:\n{plan}");
                int.Parse(walks[0].Groups[1].Value, CultureInfo.InvariantCulture)
                    .ShouldBeLessThanOrEqualTo(51, $"{who}:\n{plan}");
            }
        }
    }

    [GeneratedRegex(@"Index Scan using pk_customers on customers \w+ \(actual [^)]* loops=(\d+)\)")]
    private static partial Regex PrimaryKeyLookups();

    [GeneratedRegex(@"Index Scan (?:Backward )?using ix_customer_shares_user_id_\w+ on customer_shares \w+ " +
        @"\(actual [^)]* rows=(\d+) loops=1\)")]
    private static partial Regex ShareWalks();

    /// <summary>
    /// Twelve owners (ten salespeople and alice in the viewer's team, one in another team), every thirteenth customer
    /// in a pool, every hundredth shared with alice and the one after it with sue.
    /// </summary>
    private static async Task SeedAsync(TestApi api, Guid otherTeam)
    {
        await api.WithDbAsync<int>(async db =>
        {
            await BenchmarkRows.WithoutForeignKeyChecksAsync(
                db, () => BenchmarkRows.CloneAsync(db, "customers", "1 = 1",
                $"generate_series(1, {Customers}) g CROSS JOIN (SELECT array_agg(id ORDER BY login) AS ids FROM " +
                "users WHERE role = 'Salesperson') reps", new()
                {
                    ["id"] = BenchmarkRows.CustomerId("g"),
                    ["name"] = "'客户' || lpad((g * 7919 % " + Customers + ")::text, 6, '0')",
                    ["normalized_phone"] = "NULL",
                    ["normalized_email"] = "NULL",
                    ["normalized_company_name"] = "NULL",
                    ["owner_id"] = "CASE WHEN g % 13 = 0 THEN NULL ELSE reps.ids[1 + g % 12] END",
                    ["team_id"] = "CASE WHEN reps.ids[1 + g % 12] = (SELECT id FROM users WHERE login = 'zed') OR g " +
                        $"% 26 = 0 THEN '{otherTeam}'::uuid ELSE t.team_id END",
                    ["shared_with"] = "CASE WHEN g % 100 = 1 THEN ARRAY[(SELECT id FROM users WHERE login = " +
                        "'alice')] WHEN g % 100 = 2 THEN ARRAY[(SELECT id FROM users WHERE login = 'sue')] " +
                        "ELSE ARRAY[]::uuid[] END",
                    ["entered_at"] = "t.entered_at - make_interval(mins => g)",
                }));
            return 0;
        });
    }

    /// <summary>
    /// For the ADR: the plans of the single OR-ed predicate the page used before (printed, not asserted).
    /// </summary>
    private async Task PrintBeforeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        async Task<string> Scalar(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return $"'{await command.ExecuteScalarAsync()}'";
        }

        var me = await Scalar("SELECT id FROM users WHERE login = 'alice'");
        var sue = await Scalar("SELECT id FROM users WHERE login = 'sue'");
        var team = await Scalar("SELECT team_id FROM users WHERE login = 'alice'");
        var owner = await Scalar("SELECT id FROM users WHERE login = 'rep03'");
        var before = new[]
        {
            $"SELECT id FROM customers WHERE owner_id = {me} OR {me} = ANY(shared_with) OR (owner_id IS NULL AND " +
            $"team_id = {team}) ORDER BY name, id LIMIT 51",
            $"SELECT id FROM customers WHERE (team_id = {team} OR {sue} = ANY(shared_with)) AND owner_id = {owner} " +
            "ORDER BY name, id LIMIT 51",
        };
        foreach (var sql in before)
        {
            output.WriteLine(
                $"-- before\n{sql}\n{await ExplainAsync(connectionString, new CapturedCommand(sql, []))}\n");
        }
    }

    private static async Task<string> ExplainAsync(string connectionString, CapturedCommand statement)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + statement.Sql, connection);
        foreach (var parameter in statement.Parameters)
        {
            command.Parameters.Add(parameter);
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }
}
