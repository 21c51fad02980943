using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrmGraph.Api.Tests.Benchmarks;

/// <summary>
/// A dashboard's socket for the reconnect benchmark: subscribes to <c>onReminder(after:)</c>, remembers every reminder
/// id it received and the last one, and after its socket is killed (<see cref="KillAndResumeAsync"/>: abort, no close
/// handshake) reconnects with the last id, as a graphql-ws client would.
/// </summary>
internal sealed class ResumingSubscriber(Uri graphql, string token) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _received = new(StringComparer.Ordinal);
    private ClientWebSocket? _socket;
    private Task _reading = Task.CompletedTask;
    private string? _last;
    private int _busy;

    public int Duplicates { get; private set; }

    public int Resumes { get; private set; }

    public int ReceivedCount
    {
        get
        {
            lock (_gate)
            {
                return _received.Count;
            }
        }
    }

    public bool HasReceived(string id)
    {
        lock (_gate)
        {
            return _received.Contains(id);
        }
    }

    public async Task ConnectAsync()
    {
        string? after;
        lock (_gate)
        {
            after = _last;
        }

        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(graphql) { Scheme = "ws" }.Uri, CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = $"Bearer {token}" } });
        var ack = await ReceiveAsync(socket);
        if (ack?["type"]?.GetValue<string>() != "connection_ack")
        {
            throw new InvalidOperationException($"Expected connection_ack, got {ack?.ToJsonString() ?? "a close"}.");
        }

        await SendAsync(socket, new
        {
            id = "reminders",
            type = "subscribe",
            payload = new
            {
                query = "subscription($after: ID) { onReminder(after: $after) { id } }",
                variables = new { after }
            }
        });
        _socket = socket;
        _reading = ReadAsync(socket);
    }

    /// <summary>
    /// Aborts the socket (the server sees the TCP connection drop) and resumes after the last id; false when it was
    /// already resuming.
    /// </summary>
    public async Task<bool> KillAndResumeAsync()
    {
        if (Interlocked.Exchange(ref _busy, 1) == 1)
        {
            return false;
        }

        try
        {
            _socket!.Abort();
            await _reading;
            _socket.Dispose();
            await ConnectAsync();
            Resumes++;
            return true;
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    private async Task ReadAsync(ClientWebSocket socket)
    {
        try
        {
            while (await ReceiveAsync(socket) is { } message)
            {
                if (message["type"]?.GetValue<string>() != "next")
                {
                    throw new InvalidOperationException($"Unexpected message: {message.ToJsonString()}");
                }

                var id = message["payload"]!["data"]!["onReminder"]!["id"]!.GetValue<string>();
                lock (_gate)
                {
                    if (!_received.Add(id))
                    {
                        Duplicates++;
                    }

                    _last = id;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Killed by the benchmark; KillAndResumeAsync reconnects.
        }
    }

    private static Task SendAsync(ClientWebSocket socket, object message) =>
        socket.SendAsync(
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true,
            CancellationToken.None);

    private static async Task<JsonNode?> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[8 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(message.ToArray());
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _socket?.Abort();
        await _reading;
        _socket?.Dispose();
    }
}
