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
        var artifacts = Path.Combine(Path.GetDirectoryName(NodeTools.ConformanceDirectory)!, "artifacts", "dashboard");
        var environment = new Dictionary<string, string>
        {
            ["CRM_URL"] = server.GraphQLUrl,
            ["CRM_TOKEN_ALICE"] = await server.TokenForAsync("alice"),
            ["CRM_TOKEN_BOB"] = await server.TokenForAsync("bob"),
            ["CHROMIUM"] = ChromiumFactAttribute.ChromiumPath!,
            ["ARTIFACTS"] = artifacts,
        };

        var (exitCode, report) =
            await NodeTools.RunAsync("node", ["dashboard.mjs"], environment, TimeSpan.FromMinutes(4));

        output.WriteLine(report);
        await ConformanceReports.WriteAsync("dashboard.txt", report);
        exitCode.ShouldBe(0, report);
        File.Exists(Path.Combine(artifacts, "dashboard-today.png")).ShouldBeTrue();
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
