using System.Net;
using System.Text.Json.Nodes;

namespace CrmGraph.Api.Tests.Hosting;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Live_answers_anonymously_without_checking_anything()
    {
        await using var api = await TestApi.StartAsync(Engine.Sqlite);
        using var client = api.CreateClient(null);

        using var response = await client.GetAsync("/health/live");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["status"]!.GetValue<string>().ShouldBe("Healthy");
        body["checks"]!.AsArray().ShouldBeEmpty();
    }

    [EngineFact]
    public async Task Ready_reports_the_database_and_the_scheduler(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        using var client = api.CreateClient(null);

        using var response = await client.GetAsync("/health/ready");

        var raw = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, raw);
        var checks = JsonNode.Parse(raw)!["checks"]!.AsArray()
            .ToDictionary(c => c!["name"]!.GetValue<string>(), c => c!["status"]!.GetValue<string>());
        checks["database"].ShouldBe("Healthy");
        checks.ShouldContainKey("scheduler");
        raw.ShouldNotContain("Password", Case.Insensitive);
    }
}
