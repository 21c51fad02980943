using CrmGraph.Api.Tests.Benchmarks;
using CrmGraph.Api.Tests.Sheets;
using CrmGraph.Domain.Users;
using Npgsql;
using Xunit.Abstractions;

namespace CrmGraph.Api.Tests.ReadPath;

/// <summary>
/// Issue #16 (ADR-040): the record lists that follow their customer's visibility (plans, follow-up records, deals,
/// service records) page by index walks on PostgreSQL for a salesperson and a supervisor: no plan of their first
/// page reads customers or the list's table by sequential scan, and the supervisor's <c>totalCount</c> reads no
/// customers. Plans are asserted, never timings; they are printed (run with a detailed console logger).
/// </summary>
public sealed class RecordPagePlanTests(ITestOutputHelper output)
{
    private const int Customers = 30_000;

    [PostgresFact]
    public async Task Salesperson_and_supervisor_record_pages_walk_indexes_instead_of_scanning()
    {
        await using var api = await TestApi.StartAsync(Engine.Postgres);
        var supervisor = await api.EnrollAsync("sue", UserRole.Supervisor);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        for (var i = 0; i < 10; i++)
        {
            await api.EnrollAsync($"rep{i:D2}", UserRole.Salesperson);
        }

        var otherTeam = await api.FoundTeamAsync("别组");
        await api.EnrollAsync("zed", UserRole.Salesperson, otherTeam);
        await MakeTemplatesAsync(api, alice);
        await SeedAsync(api, otherTeam);

        var lists = new (string Field, string Table)[]
        {
            ("followUpPlans", "follow_up_plans"),
            ("followUpRecords", "follow_up_records"),
            ("deals", "deals"),
            ("serviceRecords", "service_records"),
        };
        foreach (var (field, table) in lists)
        {
            foreach (var (who, token) in new[] { ("salesperson", alice), ("supervisor", supervisor) })
            {
                api.SqlCommands.Reset();
                // The supervisor's totalCount sums a count per part: the team part reads the list's own rows of the
                // team (here most of the table, so a sequential scan is right), never the team's customers. A
                // salesperson's counts with the single rule (faster for them at 100k, ADR-040): not asserted here.
                var count = who == "supervisor" ? "totalCount " : "";
                var response = await api.PostAsync(token, $"{{ {field}(first: 50) {{ {count}nodes {{ id }} }} }}");
                response.Errors.ShouldBeNull(response.ToString());
                response.Data![field]!["nodes"]!.AsArray().Count.ShouldBe(50, $"{who} {field}");
                var statements = api.SqlCommands.Commands
                    .Where(c => c.Sql.Contains($"FROM {table}", StringComparison.Ordinal)).ToList();
                statements.ShouldNotBeEmpty($"{who} {field}");
                foreach (var statement in statements)
                {
                    var plan = await ExplainAsync(api.ConnectionString, statement);
                    output.WriteLine($"-- {who} {field}\n{statement.Sql}\n{plan}\n");
                    plan.ShouldNotContain("Seq Scan on customers", customMessage: $"{who} {field}:\n{plan}");
                    if (!statement.Sql.StartsWith("SELECT count(*)", StringComparison.Ordinal))
                    {
                        ScansReadingRows(plan, table).ShouldBeEmpty($"{who} {field}:\n{plan}");
                    }
                }
            }
        }
    }

    /// <summary>
    /// The sequential scans of <paramref name="table"/> that read more than one row. The part "own customers outside
    /// the viewer's team" (normally empty) is planned as a hash join whose build side is that empty set of
    /// customers; the executor then stops the probe side's scan at its first row, so it reads one row, not the table.
    /// </summary>
    private static List<string> ScansReadingRows(string plan, string table) =>
        [.. System.Text.RegularExpressions.Regex.Matches(
                plan, $@"Seq Scan on {table} \S+ \(actual time=\S+ rows=(\d+) loops=(\d+)\)")
            .Where(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
                * long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > 1)
            .Select(m => m.Value)];

    private static async Task MakeTemplatesAsync(TestApi api, string token)
    {
        var customer = (await api.PostAsync(
            token, "mutation { createCustomer(input: { name: \"模板\", kind: INDIVIDUAL }) { customer { id } } }"))
            .Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var (happened, due) = RecordListPartsTests.Instants(api);
        string[] mutations =
        [
            $"mutation {{ planFollowUp(input: {{ customerId: \"{customer}\", dueAt: \"{due}\", channel: PHONE, " +
            "purpose: NEEDS_DISCOVERY }) { plan { id } errors { __typename } } }",
            $"mutation {{ recordFollowUp(input: {{ customerId: \"{customer}\", happenedAt: \"{happened}\", channel: " +
            "PHONE, purpose: NEEDS_DISCOVERY, content: \"需求\" }) { recorded { record { id } } errors { " +
            "__typename } } }",
            $"mutation {{ openDeal(input: {{ customerId: \"{customer}\", product: \"CRM\", amount: 100000 }}) {{ " +
            "deal { id } errors { __typename } } }",
            $"mutation {{ recordService(input: {{ customerId: \"{customer}\", type: COMPLAINT, content: \"慢\" }}) {{ " +
            "service { id } errors { __typename } } }",
        ];
        foreach (var mutation in mutations)
        {
            var response = await api.PostAsync(token, mutation);
            response.Errors.ShouldBeNull(response.ToString());
            response.Data!.ToJsonString().ShouldNotContain("\"errors\":[", customMessage: response.ToString());
        }
    }

    /// <summary>
    /// Customers as in <see cref="CustomerPagePlanTests"/> (twelve owners, every thirteenth in a pool, some in another
    /// team) but with the shares of a working team (every thousandth customer shared with alice, 30 in all), with 4
    /// records, 2 plans, 1 deal and half a service record per customer, each with its customer's owner and team.
    /// </summary>
    private static async Task SeedAsync(TestApi api, Guid otherTeam)
    {
        const string Reps = "CROSS JOIN (SELECT array_agg(id ORDER BY login) AS ids FROM users WHERE role = " +
            "'Salesperson') reps";
        string Owner(string n) => $"CASE WHEN ({n}) % 13 = 0 THEN NULL ELSE reps.ids[1 + ({n}) % 12] END";
        string Team(string n) =>
            $"CASE WHEN reps.ids[1 + ({n}) % 12] = (SELECT id FROM users WHERE login = 'zed') OR ({n}) % 26 = 0 THEN " +
            $"'{otherTeam}'::uuid ELSE t.team_id END";
        Dictionary<string, string> Child(string n, Dictionary<string, string> more)
        {
            more["id"] = "gen_random_uuid()";
            more["customer_id"] = BenchmarkRows.CustomerId(n);
            more["owner_id"] = $"COALESCE({Owner(n)}, t.owner_id)";
            more["team_id"] = Team(n);
            return more;
        }

        string Series(int count) => $"generate_series(1, {count}) g {Reps}";
        await api.WithDbAsync<int>(async db =>
        {
            await BenchmarkRows.WithoutForeignKeyChecksAsync(db, async () =>
            {
                await BenchmarkRows.CloneAsync(db, "customers", "name = '模板'", Series(Customers), new()
                {
                    ["id"] = BenchmarkRows.CustomerId("g"),
                    ["name"] = "'客户' || lpad((g * 7919 % " + Customers + ")::text, 6, '0')",
                    ["normalized_phone"] = "NULL",
                    ["normalized_email"] = "NULL",
                    ["normalized_company_name"] = "NULL",
                    ["owner_id"] = Owner("g"),
                    ["team_id"] = Team("g"),
                    ["shared_with"] = "CASE WHEN g % 1000 = 1 THEN ARRAY[(SELECT id FROM users WHERE login = " +
                        "'alice')] ELSE ARRAY[]::uuid[] END",
                    ["entered_at"] = "t.entered_at - make_interval(mins => g)",
                });
                await BenchmarkRows.CloneAsync(
                    db, "follow_up_records", "1 = 1", Series(Customers * 4), Child($"1 + g % {Customers}", new()
                    {
                        ["plan_id"] = "NULL",
                        ["happened_at"] = "t.happened_at - make_interval(mins => g)",
                    }));
                await BenchmarkRows.CloneAsync(
                    db, "follow_up_plans", "1 = 1", Series(Customers * 2), Child($"1 + g % {Customers}", new()
                    {
                        ["completed_by_record_id"] = "NULL",
                        ["due_at"] = "t.due_at - make_interval(mins => g)",
                    }));
                await BenchmarkRows.CloneAsync(
                    db, "deals", "1 = 1", Series(Customers), Child($"1 + (g * 7) % {Customers}", new()
                    {
                        ["opened_at"] = "t.opened_at - make_interval(mins => g)",
                    }));
                await BenchmarkRows.CloneAsync(
                    db, "service_records", "1 = 1", Series(Customers / 2), Child($"1 + (g * 3) % {Customers}", new()
                    {
                        ["requested_at"] = "t.requested_at - make_interval(mins => g)",
                    }));
            });
            return 0;
        });
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
