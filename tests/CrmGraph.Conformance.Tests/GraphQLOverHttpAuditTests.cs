using Xunit.Abstractions;

namespace CrmGraph.Conformance.Tests;

/// <summary>The graphql-http audit suite (npm, 1.23.x) against the running server: every MUST audit passes.</summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    [NodeFact]
    public async Task Every_MUST_audit_of_graphql_http_passes()
    {
        await NodeTools.EnsurePackagesAsync();
        await using var server = new RunningServer();
        var environment = new Dictionary<string, string>
        {
            ["CRM_URL"] = server.GraphQLUrl,
            ["CRM_TOKEN"] = await server.AdminTokenAsync(),
        };

        var (exitCode, report) = await NodeTools.RunAsync(
            "node", ["http-audit.mjs"], environment, TimeSpan.FromMinutes(2));

        output.WriteLine(report);
        await ConformanceReports.WriteAsync("graphql-http-audit.txt", report);
        exitCode.ShouldBe(0, report);
        report.ShouldContain("0 MUST failures");
    }
}
