using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace CrmGraph.Conformance.Tests;

/// <summary>
/// The dashboard at <c>/dashboard</c> in real headless Chromium (conformance/dashboard.mjs, playwright-core) against
/// the running server with its real scheduler: sign-in, Today, live reminders across a reconnect, the monthly review
/// and what one salesperson may see. Screenshots go to artifacts/dashboard.
/// </summary>
public sealed class DashboardBrowserTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task The_dashboard_shows_today_live_reminders_and_the_review_to_each_salesperson()
    {
        await NodeTools.EnsurePackagesAsync();
        await using var server = new RunningServer();
        await CreateSalespersonAsync(server, "alice", "Alice");
        await CreateSalespersonAsync(server, "bob", "Bob");
        var aliceToken = await server.TokenForAsync("alice");
        await LargerTeamAsync(server);
        var reclaimCustomer = await CustomerAboutToReturnToThePoolAsync(server, aliceToken);
        var artifacts = Path.Combine(Path.GetDirectoryName(NodeTools.ConformanceDirectory)!, "artifacts", "dashboard");
        var environment = new Dictionary<string, string>
        {
            ["CRM_URL"] = server.GraphQLUrl,
            ["CRM_TOKEN_ALICE"] = aliceToken,
            ["CRM_TOKEN_BOB"] = await server.TokenForAsync("bob"),
            ["CHROMIUM"] = ChromiumFactAttribute.ChromiumPath!,
            ["ARTIFACTS"] = artifacts,
            ["CRM_RECLAIM_CUSTOMER"] = reclaimCustomer,
            ["CRM_TOKEN_CAROL"] = await SalespersonOfANewTeamAsync(server, "carol"),
            ["CRM_TOKEN_SUPERVISOR"] = await server.EnrollAsync("sue", CrmGraph.Domain.Users.UserRole.Supervisor),
        };

        var (exitCode, report) =
            await NodeTools.RunAsync("node", ["dashboard.mjs"], environment, TimeSpan.FromMinutes(4));

        output.WriteLine(report);
        await ConformanceReports.WriteAsync("dashboard.txt", report);
        exitCode.ShouldBe(0, report);
        File.Exists(Path.Combine(artifacts, "dashboard-today.png")).ShouldBeTrue();

        // UPDATE_SCREENSHOTS=1 refreshes the README's pictures (docs/dashboard/*.png) from this run.
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
        {
            var docs = Path.Combine(Path.GetDirectoryName(NodeTools.ConformanceDirectory)!, "docs", "dashboard");
            foreach (var file in Directory.GetFiles(artifacts, "dashboard-*.png"))
            {
                File.Copy(file, Path.Combine(docs, Path.GetFileName(file)["dashboard-".Length..]), overwrite: true);
            }
        }
    }

    /// <summary>
    /// A customer of Alice's with a pool reclaim warning (即将进入公海) issued by the real customer scan: the team's
    /// reclaim period is shortened to one day for the scan (so a new customer is within the warning window) and then
    /// put back, so the rest of the test runs with the defaults.
    /// </summary>
    private static async Task<string> CustomerAboutToReturnToThePoolAsync(RunningServer server, string aliceToken)
    {
        var admin = await server.AdminTokenAsync();
        var me = await PostAsync(
            server, admin, "{ me { teamId team { pool { reclaimAfterDays warningDaysAhead } } } }");
        var teamId = me.GetProperty("me").GetProperty("teamId").GetString()!;
        var pool = me.GetProperty("me").GetProperty("team").GetProperty("pool");
        const string setPool = "mutation($teamId: ID!, $days: Int!, $warn: Int!) { updateTeamSettings(input: { " +
            "teamId: $teamId, "
            + "pool: { reclaimAfterDays: $days, warningDaysAhead: $warn } }) { team { id } errors { __typename } } }";
        await PostAsync(server, admin, setPool, new { teamId, days = 1, warn = 3 });

        var name = $"即将回收客户-{Guid.NewGuid():N}"[..16];
        await PostAsync(server, aliceToken, "mutation($name: String!) { createCustomer(input: { name: $name, "
            + "kind: ORGANIZATION, source: WEBSITE, createAnyway: true }) { customer { id } errors { __typename } } }",
            new { name });
        (await server.RunCustomerReminderScanAsync()).ShouldBeGreaterThan(0);

        await PostAsync(server, admin, setPool, new
        {
            teamId,
            days = pool.GetProperty("reclaimAfterDays").GetInt32(),
            warn = pool.GetProperty("warningDaysAhead").GetInt32(),
        });
        return name;
    }

    /// <summary>
    /// Sixteen salespeople under the supervisor (the team card once needed more aliased counts than one operation may
    /// have) and 50 overdue plans of one of them, due after Alice's and Bob's, so the supervisor's Today
    /// names more customers than one page of a list (50) holds.
    /// </summary>
    private static async Task LargerTeamAsync(RunningServer server)
    {
        string token = "";
        for (var i = 1; i <= 14; i++)
        {
            var login = FormattableString.Invariant($"rep{i:D2}");
            var issued = await server.EnrollAsync(login, CrmGraph.Domain.Users.UserRole.Salesperson);
            token = i == 1 ? issued : token;
        }

        var dueAt = DateTimeOffset.UtcNow.AddMinutes(-30);
        for (var i = 0; i < 50; i++)
        {
            var created = await PostAsync(server, token,
                "mutation($name: String!) { createCustomer(input: { name: $name, kind: ORGANIZATION, "
                + "source: REFERRAL, createAnyway: true }) { customer { id } errors { __typename } } }",
                new { name = FormattableString.Invariant($"团队客户-{i:D2}-{Guid.NewGuid():N}")[..16] });
            var customerId =
                created.GetProperty("createCustomer").GetProperty("customer").GetProperty("id").GetString();
            await PostAsync(server, token,
                "mutation($id: ID!, $dueAt: DateTime!) { planFollowUp(input: { customerId: $id, dueAt: $dueAt, "
                + "channel: PHONE, purpose: NEEDS_DISCOVERY }) { plan { id } errors { __typename } } }",
                new { id = customerId, dueAt });
        }
    }

    /// <summary>The only salesperson of a new team, whose month the test builds by hand.</summary>
    private static async Task<string> SalespersonOfANewTeamAsync(RunningServer server, string login)
    {
        var admin = await server.AdminTokenAsync();
        var team = await PostAsync(server, admin, "mutation { createTeam(input: { name: \"复盘团队\", "
            + "timeZone: \"Asia/Shanghai\" }) { team { id } errors { __typename } } }");
        var teamId = team.GetProperty("createTeam").GetProperty("team").GetProperty("id").GetString();
        await PostAsync(server, admin, "mutation($login: String!, $teamId: ID!) { createUser(input: { login: $login, "
            + "displayName: $login, role: SALESPERSON, teamId: $teamId }) { user { id } errors { __typename } } }",
            new { login, teamId });
        return await server.TokenForAsync(login);
    }

    private static async Task<JsonElement> PostAsync(
        RunningServer server, string token, string query, object? variables = null)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.PostAsJsonAsync(server.GraphQLUrl, new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        json.RootElement.TryGetProperty("errors", out _).ShouldBeFalse(body);
        var data = json.RootElement.GetProperty("data").Clone();
        foreach (var payload in data.EnumerateObject())
        {
            if (payload.Value.ValueKind == JsonValueKind.Object && payload.Value.TryGetProperty(
                "errors", out var errors))
            {
                errors.ValueKind.ShouldBe(JsonValueKind.Null, body);
            }
        }

        return data;
    }

    private static async Task CreateSalespersonAsync(RunningServer server, string login, string displayName)
    {
        using var http = new HttpClient();
        var adminToken = await server.AdminTokenAsync();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        var response = await http.PostAsJsonAsync(server.GraphQLUrl, new
        {
            query = "mutation($login: String!, $name: String!) { createUser(input: { login: $login, "
                + "displayName: $name, role: SALESPERSON }) { user { id } errors { __typename } } }",
            variables = new { login, name = displayName },
        });
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("data").GetProperty("createUser").GetProperty("user").ValueKind
            .ShouldBe(JsonValueKind.Object, body);
    }
}
