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

        var (exitCode, report) = await NodeTools.RunAsync("node", ["http-audit.mjs"], environment, TimeSpan.FromMinutes(2));

        output.WriteLine(report);
        await WriteReportAsync(report);
        exitCode.ShouldBe(0, report);
        report.ShouldContain("0 MUST failures");
    }

    // CI prints this file so the audit's results are visible in its log, not only on failure.
    private static async Task WriteReportAsync(string report)
    {
        var directory = Path.Combine(Path.GetDirectoryName(NodeTools.ConformanceDirectory)!, "artifacts", "conformance");
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "graphql-http-audit.txt"), report);
    }
}
