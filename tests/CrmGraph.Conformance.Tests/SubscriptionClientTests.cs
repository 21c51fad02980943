using Xunit.Abstractions;

namespace CrmGraph.Conformance.Tests;

/// <summary>The real graphql-ws and graphql-sse npm clients against the running server.</summary>
public sealed class SubscriptionClientTests(ITestOutputHelper output)
{
    [NodeFact]
    public async Task The_graphql_ws_and_graphql_sse_clients_receive_live_changes()
    {
        await NodeTools.EnsurePackagesAsync();
        await using var server = new RunningServer();
        var environment = new Dictionary<string, string>
        {
            ["CRM_URL"] = server.GraphQLUrl,
            ["CRM_TOKEN"] = await server.AdminTokenAsync(),
        };

        var (exitCode, report) = await NodeTools.RunAsync(
            "node", ["subscriptions.mjs"], environment, TimeSpan.FromMinutes(6));

        output.WriteLine(report);
        await ConformanceReports.WriteAsync("subscription-clients.txt", report);
        exitCode.ShouldBe(0, report);
    }
}
