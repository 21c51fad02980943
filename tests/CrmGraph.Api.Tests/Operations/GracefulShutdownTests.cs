using CrmGraph.Api.Tests.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CrmGraph.Api.Tests.Operations;

/// <summary>
/// When the server is asked to stop, open subscriptions end the way their protocols say, so clients resume elsewhere.
/// </summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Stopping_the_server_closes_WebSockets_with_1001_and_ends_SSE_streams_with_a_reason_and_complete()
    {
        await using var api = await TestApi.StartAsync(Engine.Sqlite);
        var token = await api.TokenAsync("admin");
        var socket = await ApiTokenTests.SubscribedSocketAsync(api, token);
        using var sse = api.CreateClient(token);
        using var request =
            new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = System.Net.Http.Json.JsonContent.Create(
                new { query = "subscription { onCustomerChanged { change } }" })
            };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var stream = await sse.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());

        api.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        (await ApiTokenTests.CloseCodeAsync(socket)).ShouldBe(1001);
        using var timeout = new CancellationTokenSource(Eventually.OuterBound);
        var events = await reader.ReadToEndAsync(timeout.Token);
        events.ShouldContain("SERVER_SHUTTING_DOWN");
        events.ShouldContain("event: complete");
    }
}
