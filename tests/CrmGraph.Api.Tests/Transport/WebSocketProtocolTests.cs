using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace CrmGraph.Api.Tests.Transport;

/// <summary>graphql-transport-ws as the protocol specifies it, message by message.</summary>
public sealed class WebSocketProtocolTests : IAsyncLifetime
{
    private TestApi _api = null!;
    private string _token = null!;

    public async Task InitializeAsync()
    {
        _api = await TestApi.StartAsync(Engine.Sqlite);
        _token = await _api.TokenAsync("admin");
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Init_with_a_token_is_acknowledged_and_ping_is_answered_with_pong()
    {
        using var socket = await ConnectAsync();

        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = $"Bearer {_token}" } });
        var ack = await ReceiveAsync(socket);
        await SendAsync(socket, new { type = "ping" });
        var pong = await ReceiveAsync(socket);

        ack!["type"]!.GetValue<string>().ShouldBe("connection_ack");
        pong!["type"]!.GetValue<string>().ShouldBe("pong");
    }

    [Fact]
    public async Task A_query_over_the_socket_answers_next_then_complete()
    {
        using var socket = await InitialisedAsync();

        await SendAsync(socket, new { id = "q1", type = "subscribe", payload = new { query = "{ me { login } }" } });
        var next = await ReceiveAsync(socket);
        var complete = await ReceiveAsync(socket);

        next!["payload"]!["data"]!["me"]!["login"]!.GetValue<string>().ShouldBe("admin");
        complete!["type"]!.GetValue<string>().ShouldBe("complete");
        complete["id"]!.GetValue<string>().ShouldBe("q1");
    }

    [Fact]
    public async Task An_invalid_document_answers_error_and_no_complete()
    {
        using var socket = await InitialisedAsync();

        await SendAsync(socket, new { id = "bad", type = "subscribe", payload = new { query = "{ nope }" } });
        var error = await ReceiveAsync(socket);

        error!["type"]!.GetValue<string>().ShouldBe("error");
        error["payload"]!.AsArray().Count.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ __typename }"}}""", 4401)]
    [InlineData("""not json""", 4400)]
    [InlineData("""{"type":"connection_init","payload":{"authorization":"Bearer forged"}}""", 4403)]
    public async Task Protocol_violations_close_with_their_codes(string first, int code)
    {
        using var socket = await ConnectAsync();

        await socket.SendAsync(Encoding.UTF8.GetBytes(first), WebSocketMessageType.Text, true, CancellationToken.None);

        (await CloseCodeAsync(socket)).ShouldBe(code);
    }

    [Fact]
    public async Task A_second_init_closes_with_4429()
    {
        using var socket = await InitialisedAsync();

        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = $"Bearer {_token}" } });

        (await CloseCodeAsync(socket)).ShouldBe(4429);
    }

    [Fact]
    public async Task A_duplicate_active_id_closes_with_4409()
    {
        using var socket = await InitialisedAsync();

        await SendAsync(socket, new
        {
            id = "s",
            type = "subscribe",
            payload = new
            {
                query = "subscription { " +
            "onCustomerChanged { change } }"
            }
        });
        await SendAsync(socket, new
        {
            id = "s",
            type = "subscribe",
            payload = new
            {
                query = "subscription { " +
            "onCustomerChanged { change } }"
            }
        });

        (await CloseCodeAsync(socket)).ShouldBe(4409);
    }

    [Fact]
    public async Task No_init_within_the_timeout_closes_with_4408()
    {
        await using var api = await TestApi.StartAsync(Engine.Sqlite, new Dictionary<string, string>
        {
            ["Crm:WebSockets:ConnectionInitTimeout"] = "00:00:01",
        });
        using var socket = await ConnectAsync(api);

        (await CloseCodeAsync(socket)).ShouldBe(4408);
    }

    [Fact]
    public async Task A_message_sent_in_many_frames_and_larger_than_one_read_buffer_is_answered()
    {
        using var socket = await InitialisedAsync();
        var padding = new string(' ', 40_000);
        var bytes = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(
            new { id = "big", type = "subscribe", payload = new { query = "{" + padding + "me { login } }" } }));

        for (var offset = 0; offset < bytes.Length; offset += 1000)
        {
            var count = Math.Min(1000, bytes.Length - offset);
            await socket.SendAsync(
                bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count == bytes.Length,
                CancellationToken.None);
        }

        var next = await ReceiveAsync(socket);
        next!["payload"]!["data"]!["me"]!["login"]!.GetValue<string>().ShouldBe("admin");
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_with_1009()
    {
        using var socket = await InitialisedAsync();
        var bytes = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(
            new
            {
                id = "huge",
                type = "subscribe",
                payload = new
                {
                    query = "{" + new string(
                ' ', 300_000) + "me { login } }"
                }
            }));

        await socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);

        (await CloseCodeAsync(socket)).ShouldBe((int)WebSocketCloseStatus.MessageTooBig);
    }

    private async Task<WebSocket> InitialisedAsync()
    {
        var socket = await ConnectAsync();
        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = $"Bearer {_token}" } });
        (await ReceiveAsync(socket))!["type"]!.GetValue<string>().ShouldBe("connection_ack");
        return socket;
    }

    private async Task<WebSocket> ConnectAsync(TestApi? api = null)
    {
        var client = (api ?? _api).CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        return await client.ConnectAsync(new Uri("ws://localhost/graphql"), CancellationToken.None);
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(
            Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true,
            CancellationToken.None);

    private static async Task<JsonNode?> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(Eventually.OuterBound);
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return result.MessageType == WebSocketMessageType.Close ? null : JsonNode.Parse(
            Encoding.UTF8.GetString(buffer, 0, result.Count));
    }

    private static async Task<int> CloseCodeAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(Eventually.OuterBound);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (int)result.CloseStatus!.Value;
            }
        }
    }
}
