using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrmGraph.Api.Tests.Hosting;

public sealed class HostingTests
{
    [Fact]
    public async Task The_server_starts_in_Development_where_every_service_is_validated()
    {
        var directory = Path.Combine(Path.GetTempPath(), "crmgraph-hosting", Guid.NewGuid().ToString("N"));
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Crm:DataDirectory", directory);
            foreach (var (key, value) in TestEncryptionKeys.Settings)
            {
                b.UseSetting(key, value);
            }
        });
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        using var page = await client.SendAsync(request);

        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await page.Content.ReadAsStringAsync()).ShouldContain("GraphiQL");
    }
}
