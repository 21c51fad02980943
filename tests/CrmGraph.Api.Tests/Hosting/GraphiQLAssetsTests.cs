using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrmGraph.Api.Tests.Hosting;

/// <summary>
/// The GraphiQL page refers only to files this server ships, and serves them only where it serves the page.
/// </summary>
public sealed partial class GraphiQLAssetsTests
{
    [Fact]
    public async Task In_Development_every_script_and_style_of_the_page_comes_from_this_server()
    {
        await using var factory = Factory("Development");
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        using var page = await client.SendAsync(request);
        var html = await page.Content.ReadAsStringAsync();

        page.Content.Headers.ContentType!.CharSet.ShouldBe("utf-8");
        html.ShouldContain("<meta charset=\"utf-8\" />");
        var sources = SourceAttribute().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        sources.Count.ShouldBe(4);
        foreach (var source in sources)
        {
            source.ShouldStartWith("/graphiql/");
            using var asset = await client.GetAsync(source);
            asset.StatusCode.ShouldBe(HttpStatusCode.OK, source);
            (await asset.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(1000, source);
        }

        using var licence = await client.GetAsync("/graphiql/LICENSE.graphiql.txt");
        (await licence.Content.ReadAsStringAsync()).ShouldContain("MIT License");
    }

    [Fact]
    public async Task In_Production_neither_the_page_nor_its_files_are_served()
    {
        await using var factory = Factory("Production");
        using var client = factory.CreateClient();

        using var asset = await client.GetAsync("/graphiql/graphiql.min.js");

        asset.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_file_name_is_not_found()
    {
        await using var factory = Factory("Development");
        using var client = factory.CreateClient();

        using var asset = await client.GetAsync("/graphiql/..%2Fappsettings.json");

        asset.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static WebApplicationFactory<Program> Factory(string environment) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            b.UseSetting("Crm:DataDirectory", Path.Combine(
                Path.GetTempPath(), "crmgraph-graphiql", Guid.NewGuid().ToString("N")));
            b.UseSetting("Crm:Auth:SigningKey", "crmgraph-graphiql-signing-key-0123456789");
            foreach (var (key, value) in TestEncryptionKeys.Settings)
            {
                b.UseSetting(key, value);
            }
        });

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]+)\"")]
    private static partial Regex SourceAttribute();
}
