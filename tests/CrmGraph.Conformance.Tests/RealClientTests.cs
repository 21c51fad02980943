using Xunit.Abstractions;

namespace CrmGraph.Conformance.Tests;

/// <summary>Apollo Client, urql and apollo-upload-client, as front ends use them, against the running server.</summary>
public sealed class RealClientTests(ITestOutputHelper output)
{
    [NodeFact]
    public async Task Apollo_urql_and_an_upload_client_query_mutate_subscribe_and_upload()
    {
        await NodeTools.EnsurePackagesAsync();
        await using var server = new RunningServer();
        var environment = new Dictionary<string, string>
        {
            ["CRM_URL"] = server.GraphQLUrl,
            ["CRM_TOKEN"] = await server.AdminTokenAsync(),
        };

        var (exitCode, report) = await NodeTools.RunAsync(
            "node", ["real-clients.mjs"], environment, TimeSpan.FromMinutes(4));

        output.WriteLine(report);
        await ConformanceReports.WriteAsync("real-clients.txt", report);
        exitCode.ShouldBe(0, report);
    }
}
