using Xunit.Abstractions;

namespace CrmGraph.Conformance.Tests;

/// <summary>
/// The GraphiQL page in real headless Chromium, served where it is served by default (Development): it loads only from
/// this server, shows Chinese, and runs a query with a token typed into its headers editor. The screenshot goes to
/// artifacts/graphiql/graphiql.png.
/// </summary>
public sealed class GraphiQLBrowserTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task GraphiQL_runs_me_with_a_token_in_headless_Chromium_without_any_CDN()
    {
        await NodeTools.EnsurePackagesAsync();
        await using var server = new RunningServer("Development");
        var screenshot = Path.Combine(
            Path.GetDirectoryName(NodeTools.ConformanceDirectory)!, "artifacts", "graphiql", "graphiql.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        var environment = new Dictionary<string, string>
        {
            ["CRM_URL"] = server.GraphQLUrl,
            ["CRM_TOKEN"] = await server.AdminTokenAsync(),
            ["CHROMIUM"] = ChromiumFactAttribute.ChromiumPath!,
            ["SCREENSHOT"] = screenshot,
        };

        var (exitCode, report) = await NodeTools.RunAsync(
            "node", ["graphiql-browser.mjs"], environment, TimeSpan.FromMinutes(3));

        output.WriteLine(report);
        await ConformanceReports.WriteAsync("graphiql-browser.txt", report);
        exitCode.ShouldBe(0, report);
        File.Exists(screenshot).ShouldBeTrue();
    }
}
