using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrmGraph.Domain.Users;
using Microsoft.Extensions.Options;

namespace CrmGraph.Api.Tests.Security;

/// <summary>
/// Per-token and per-address token buckets on /graphql (HTTP, WebSocket subscribe); refusals are 429 RATE_LIMITED.
/// </summary>
public sealed class RateLimitTests
{
    private const string Query = "{ __typename }";

    [Fact]
    public async Task The_fourth_request_of_a_token_is_refused_while_another_token_still_passes()
    {
        await using var api = await StartAsync(("PerTokenPerMinute", "3"));
        var admin = await api.TokenAsync("admin");
        var other = await api.EnrollAsync("sales", UserRole.Salesperson);

        for (var i = 0; i < 3; i++)
        {
            (await api.PostAsync(admin, Query)).Status.ShouldBe(200);
        }

        using var refused = await PostAsync(api, admin, "application/graphql-response+json");
        var otherToken = await api.PostAsync(other, Query);

        await ShouldBeRateLimitedAsync(refused, "application/graphql-response+json");
        otherToken.Status.ShouldBe(200, otherToken.ToString());
    }

    [Fact]
    public async Task A_refusal_answers_in_plain_json_when_the_client_asks_for_it()
    {
        await using var api = await StartAsync(("PerTokenPerMinute", "1"));
        var admin = await api.TokenAsync("admin");
        (await api.PostAsync(admin, Query)).Status.ShouldBe(200);

        using var refused = await PostAsync(api, admin, "application/json");

        await ShouldBeRateLimitedAsync(refused, "application/json");
    }

    [Fact]
    public async Task A_server_sent_events_request_is_counted_and_refused_in_json()
    {
        await using var api = await StartAsync(("PerTokenPerMinute", "1"));
        var admin = await api.TokenAsync("admin");
        (await api.PostAsync(admin, Query)).Status.ShouldBe(200);
        using var client = api.CreateClient(admin);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Query));
        request.Headers.TryAddWithoutValidation("Accept", "text/event-stream");

        using var refused = await client.SendAsync(request);

        await ShouldBeRateLimitedAsync(refused, "application/json");
    }

    [Fact]
    public async Task Requests_without_a_token_are_limited_per_address_and_do_not_use_up_signed_in_users()
    {
        await using var api = await StartAsync(("PerAddressPerMinute", "3"));
        var admin = await api.TokenAsync("admin");

        for (var i = 0; i < 3; i++)
        {
            using var passed = await PostAsync(api, null, "application/json");
            passed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var refused = await PostAsync(api, null, "application/json");
        var signedIn = await api.PostAsync(admin, Query);

        await ShouldBeRateLimitedAsync(refused, "application/json");
        signedIn.Status.ShouldBe(200, signedIn.ToString());
    }

    [Fact]
    public async Task All_tokens_from_one_address_share_an_outer_bound()
    {
        await using var api = await StartAsync(("PerAddressWithTokenPerMinute", "2"));
        var admin = await api.TokenAsync("admin");
        var other = await api.EnrollAsync("sales", UserRole.Salesperson);
        (await api.PostAsync(admin, Query)).Status.ShouldBe(200);
        (await api.PostAsync(other, Query)).Status.ShouldBe(200);

        using var refused = await PostAsync(api, "made-up-token-" + Guid.NewGuid(), "application/json");

        await ShouldBeRateLimitedAsync(refused, "application/json");
    }

    [Fact]
    public async Task Health_endpoints_are_not_limited()
    {
        await using var api = await StartAsync(("PerAddressPerMinute", "1"));
        using var client = api.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            using var live = await client.GetAsync("/health/live");
            using var ready = await client.GetAsync("/health/ready");
            live.StatusCode.ShouldBe(HttpStatusCode.OK);
            ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task A_subscribe_beyond_the_limit_gets_an_error_for_its_id_and_the_socket_stays_open()
    {
        await using var api = await StartAsync(("PerTokenPerMinute", "3"));
        var admin = await api.TokenAsync("admin");
        var client = api.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var socket = await client.ConnectAsync(new Uri("ws://localhost/graphql"), CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = $"Bearer {admin}" } });
        (await ReceiveAsync(socket))!["type"]!.GetValue<string>().ShouldBe("connection_ack");

        for (var i = 1; i <= 3; i++)
        {
            await SendAsync(
                socket, new { id = $"q{i}", type = "subscribe", payload = new { query = "{ me { login } }" } });
            (await ReceiveAsync(socket))!["type"]!.GetValue<string>().ShouldBe("next");
            (await ReceiveAsync(socket))!["type"]!.GetValue<string>().ShouldBe("complete");
        }

        await SendAsync(socket, new { id = "q4", type = "subscribe", payload = new { query = "{ me { login } }" } });
        var error = await ReceiveAsync(socket);
        await SendAsync(socket, new { type = "ping" });
        var pong = await ReceiveAsync(socket);

        error!["type"]!.GetValue<string>().ShouldBe("error");
        error["id"]!.GetValue<string>().ShouldBe("q4");
        error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("RATE_LIMITED");
        error["payload"]![0]!["message"]!.GetValue<string>().ShouldContain("Retry after");
        pong!["type"]!.GetValue<string>().ShouldBe("pong");
        socket.State.ShouldBe(WebSocketState.Open);
    }

    [Fact]
    public async Task The_token_counts_the_same_over_http_and_websocket()
    {
        await using var api = await StartAsync(("PerTokenPerMinute", "2"));
        var admin = await api.TokenAsync("admin");
        (await api.PostAsync(admin, Query)).Status.ShouldBe(200);
        (await api.PostAsync(admin, Query)).Status.ShouldBe(200);
        var client = api.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var socket = await client.ConnectAsync(new Uri("ws://localhost/graphql"), CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = $"Bearer {admin}" } });
        (await ReceiveAsync(socket))!["type"]!.GetValue<string>().ShouldBe("connection_ack");

        await SendAsync(socket, new { id = "late", type = "subscribe", payload = new { query = Query } });
        var error = await ReceiveAsync(socket);

        error!["type"]!.GetValue<string>().ShouldBe("error");
        error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("RATE_LIMITED");
    }

    [Fact]
    public async Task Enabled_false_turns_the_limits_off()
    {
        await using var api = await StartAsync(
            ("Enabled", "false"), ("PerTokenPerMinute", "1"), ("PerAddressPerMinute", "1"));
        var admin = await api.TokenAsync("admin");

        for (var i = 0; i < 5; i++)
        {
            (await api.PostAsync(admin, Query)).Status.ShouldBe(200);
            using var anonymous = await PostAsync(api, null, "application/json");
            anonymous.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task A_limit_below_one_stops_the_server_from_starting_and_names_the_key()
    {
        var failure = await Should.ThrowAsync<OptionsValidationException>(async () =>
        {
            await using var api = await StartAsync(("PerTokenPerMinute", "0"));
        });

        failure.Message.ShouldContain("Crm:RateLimits:PerTokenPerMinute must be at least 1");
    }

    private static Task<TestApi> StartAsync(params (string Key, string Value)[] limits) =>
        TestApi.StartAsync(Engine.Sqlite, limits.ToDictionary(l => $"Crm:RateLimits:{l.Key}", l => l.Value));

    private static async Task<HttpResponseMessage> PostAsync(TestApi api, string? token, string accept)
    {
        using var client = api.CreateClient(token);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { query = Query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendAsync(request);
    }

    private static async Task ShouldBeRateLimitedAsync(HttpResponseMessage response, string mediaType)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        var retryAfter = response.Headers.RetryAfter!.Delta!.Value;
        retryAfter.ShouldBeGreaterThan(TimeSpan.Zero);
        retryAfter.ShouldBeLessThanOrEqualTo(TimeSpan.FromMinutes(1));
        var error = JsonNode.Parse(body)!["errors"]![0]!;
        error["extensions"]!["code"]!.GetValue<string>().ShouldBe("RATE_LIMITED");
        error["message"]!.GetValue<string>().ShouldContain("Crm:RateLimits:PerTokenPerMinute");
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true,
            CancellationToken.None);

    private static async Task<JsonNode?> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(Eventually.OuterBound);
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return result.MessageType == WebSocketMessageType.Close ? null : JsonNode.Parse(
            Encoding.UTF8.GetString(buffer, 0, result.Count));
    }
}
