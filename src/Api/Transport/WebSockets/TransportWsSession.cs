using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using CrmGraph.Api.Authentication;
using CrmGraph.Api.Configuration;
using CrmGraph.Api.GraphQL;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Transport.RateLimiting;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace CrmGraph.Api.Transport.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: <c>connection_init</c> (token in the payload) → <c>connection_ack</c>,
/// then <c>subscribe</c>/<c>next</c>/<c>error</c>/<c>complete</c> per operation id, <c>ping</c>/<c>pong</c>, and the
/// protocol's close codes. Writes go through one queue so frames never interleave.
/// </summary>
public sealed class TransportWsSession(
    WebSocket socket,
    HttpContext http,
    IDocumentExecuter<CrmSchema> executer,
    IGraphQLTextSerializer serializer,
    BearerTokenValidator tokens,
    GraphQLWebSocketOptions options,
    CrmRateLimiter rateLimiter)
{
    private readonly Channel<string> _outgoing = Channel.CreateUnbounded<string>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(
        http.RequestAborted);
    private int _initReceived;
    private Viewer? _viewer;
    private ClaimsPrincipal? _principal;
    private CredentialWatch? _credential;
    private RateLimitClient _rateLimitClient;

    public async Task RunAsync()
    {
        var writer = WriteLoopAsync();
        var initTimeout = CloseIfNotInitialisedAsync();
        var stopping = http.RequestServices.GetService<IHostApplicationLifetime>()
            ?.ApplicationStopping ?? CancellationToken.None;
        using var shutdown = stopping.Register(() => _ = CloseAsync(WebSocketCloseStatus.EndpointUnavailable,
            "The server is shutting down; reconnect and resume with the last id you received"));
        try
        {
            await ReadLoopAsync().ConfigureAwait(false);
        }
        finally
        {
            foreach (var id in _operations.Keys)
            {
                await StopAsync(id).ConfigureAwait(false);
            }

            await _closing.CancelAsync().ConfigureAwait(false);
            _credential?.Dispose();
            _outgoing.Writer.TryComplete();
            await writer.ConfigureAwait(false);
            await initTimeout.ConfigureAwait(false);
            _closing.Dispose();
        }
    }

    /// <summary>
    /// Waits with a zero-byte receive and rents a buffer only once a frame arrives, so an idle socket holds no buffer
    /// (issue #5: 10,000 idle subscribers at ≤ 100 KB each; docs/benchmarks.md).
    /// </summary>
    private async Task ReadLoopAsync()
    {
        while (socket.State == WebSocketState.Open && !_closing.IsCancellationRequested)
        {
            string? text;
            try
            {
                var waited = await socket.ReceiveAsync(Memory<byte>.Empty, _closing.Token).ConfigureAwait(false);
                if (waited.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                text = waited.EndOfMessage ? string.Empty : await ReceiveMessageAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                return;
            }

            if (text is null)
            {
                return;
            }

            await HandleAsync(text).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The rest of the current message in a pooled buffer that grows up to the size limit; null when the socket closed.
    /// </summary>
    private async Task<string?> ReceiveMessageAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length >= options.MaxMessageBytes)
                    {
                        await CloseAsync(
                            WebSocketCloseStatus.MessageTooBig, $"Message larger than {options.MaxMessageBytes} bytes")
                            .ConfigureAwait(false);
                        return null;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, options.MaxMessageBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var received = await socket.ReceiveAsync(buffer.AsMemory(length), _closing.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                length += received.Count;
                if (length > options.MaxMessageBytes)
                {
                    await CloseAsync(
                        WebSocketCloseStatus.MessageTooBig, $"Message larger than {options.MaxMessageBytes} bytes")
                        .ConfigureAwait(false);
                    return null;
                }

                if (received.EndOfMessage)
                {
                    return Encoding.UTF8.GetString(buffer, 0, length);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task HandleAsync(string text)
    {
        OperationMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<OperationMessage>(text);
        }
        catch (JsonException)
        {
            message = null;
        }

        switch (message?.Type)
        {
            case "connection_init":
                await InitAsync(message.Payload).ConfigureAwait(false);
                break;
            case "ping":
                Send(new { type = "pong" });
                break;
            case "pong":
                break;
            case "subscribe" when message.Id is { Length: > 0 } id
                && message.Payload is { ValueKind: JsonValueKind.Object } payload:
                await SubscribeAsync(id, payload).ConfigureAwait(false);
                break;
            case "complete" when message.Id is { Length: > 0 } id:
                await StopAsync(id).ConfigureAwait(false);
                break;
            default:
                await CloseAsync(CloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
                break;
        }
    }

    private async Task InitAsync(JsonElement? payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests")
                .ConfigureAwait(false);
            return;
        }

        var token = TokenFrom(payload) ?? BearerTokenValidator.FromHeaderValue(
            http.Request.Headers.Authorization.ToString());

        // A scope of its own: the request's scope lives as long as the socket and would keep the DbContext used here.
        (ClaimsPrincipal, Viewer)? identity;
        await using (var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope())
        {
            identity = await tokens.ValidateAsync(token, scope.ServiceProvider, _closing.Token).ConfigureAwait(false);
        }

        if (identity is null)
        {
            await CloseAsync(
                CloseCodes.Forbidden, "Forbidden: connection_init needs a valid token in payload.authorization")
                .ConfigureAwait(false);
            return;
        }

        (_principal, _viewer) = identity.Value;
        _rateLimitClient = RateLimitClient.For(token, http.Connection.RemoteIpAddress);
        _credential = CredentialWatch.Start(_viewer, token!, http.RequestServices);
        _credential.Ended.Register(() => _ = CloseAsync(
            CloseCodes.Forbidden, "Forbidden: the token was revoked or has expired, or its user changed"));
        Send(new { type = "connection_ack" });
    }

    private async Task SubscribeAsync(string id, JsonElement payload)
    {
        if (_viewer is null)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }

        if (!RateLimitAllows(id))
        {
            return;
        }

        var operation = new Operation(
            http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope());
        if (!_operations.TryAdd(id, operation))
        {
            await operation.DisposeAsync().ConfigureAwait(false);
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists")
                .ConfigureAwait(false);
            return;
        }

        var request = serializer.Deserialize<GraphQLRequest>(payload.GetRawText());
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request?.Query,
            OperationName = request?.OperationName,
            Variables = request?.Variables,
            Extensions = request?.Extensions,
            RequestServices = operation.Scope.ServiceProvider,
            User = _principal,
            UserContext = new CrmUserContext(_viewer, LanguagePreference.PrefersChinese(http.Request)),
            CancellationToken = _closing.Token,
            ValidationRules = CrmValidationRules.ForWebSocket(
                http.RequestServices.GetRequiredService<IOptions<CrmOptions>>().Value.GraphQL),
        }).ConfigureAwait(false);

        if (result.Streams is { Count: > 0 } streams)
        {
            operation.Stream = Telemetry.SubscriptionGauge.Track(
                streams.Values.Single().Subscribe(new Relay(this, id)), "websocket");
            if (!_operations.ContainsKey(id))
            {
                operation.Stream.Dispose();
            }

            return;
        }

        if (!result.Executed)
        {
            SendRaw(id, "error", ErrorsOf(result));
        }
        else
        {
            SendRaw(id, "next", serializer.Serialize(result));
            Send(new { id, type = "complete" });
        }

        await RemoveAsync(id).ConfigureAwait(false);
    }

    /// <summary>
    /// Each subscribe counts against the connection's token; a refusal answers that id and keeps the socket open
    /// (ADR-026).
    /// </summary>
    private bool RateLimitAllows(string id)
    {
        using var lease = rateLimiter.AttemptAcquire(_rateLimitClient);
        if (lease.IsAcquired)
        {
            return true;
        }

        var message = rateLimiter.RefusalMessage(CrmRateLimiter.RetryAfterSeconds(lease));
        SendRaw(id, "error", JsonSerializer.Serialize(
            new[] { new { message, extensions = new { code = RateLimitingExtensions.Code } } }));
        return false;
    }

    private async Task StopAsync(string id) => await RemoveAsync(id).ConfigureAwait(false);

    private async Task RemoveAsync(string id)
    {
        if (_operations.TryRemove(id, out var operation))
        {
            await operation.DisposeAsync().ConfigureAwait(false);
        }
    }

    private string ErrorsOf(ExecutionResult result)
    {
        using var document = JsonDocument.Parse(serializer.Serialize(result));
        return document.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "[]";
    }

    private static string? TokenFrom(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        foreach (var name in new[] { "authorization", "Authorization", "token", "authToken" })
        {
            if (value.TryGetProperty(name, out var token) && token.ValueKind == JsonValueKind.String)
            {
                return BearerTokenValidator.FromHeaderValue(token.GetString());
            }
        }

        return null;
    }

    private async Task CloseIfNotInitialisedAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, _closing.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout")
                .ConfigureAwait(false);
        }
    }

    private void SendResult(string id, ExecutionResult result) => SendRaw(id, "next", serializer.Serialize(result));

    private void Send(object message) => _outgoing.Writer.TryWrite(JsonSerializer.Serialize(message));

    private void SendRaw(string id, string type, string payloadJson) =>
        _outgoing.Writer.TryWrite(
            $"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"{type}\",\"payload\":{payloadJson}}}");

    private async Task WriteLoopAsync()
    {
        try
        {
            await foreach (var text in _outgoing.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                if (socket.State != WebSocketState.Open)
                {
                    continue;
                }

                await socket.SendAsync(
                    Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None)
                    .ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
            // The peer went away; the read loop ends the session.
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        _outgoing.Writer.TryComplete();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(
                    (WebSocketCloseStatus)code, reason.Length > 120 ? reason[..120] : reason, CancellationToken.None)
                    .ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
            // Already gone.
        }

        await _closing.CancelAsync().ConfigureAwait(false);
    }

    private Task CloseAsync(WebSocketCloseStatus status, string reason) => CloseAsync((int)status, reason);

    private sealed class Operation(AsyncServiceScope scope) : IAsyncDisposable
    {
        public AsyncServiceScope Scope { get; } = scope;

        public IDisposable? Stream { get; set; }

        public async ValueTask DisposeAsync()
        {
            Stream?.Dispose();
            await Scope.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed class Relay(TransportWsSession session, string id) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => session.SendResult(id, value);

        public void OnError(Exception error)
        {
            session.SendRaw(id, "error", JsonSerializer.Serialize(
                new[] { new { message = "The subscription failed on the server." } }));
            _ = session.RemoveAsync(id);
        }

        public void OnCompleted()
        {
            session.Send(new { id, type = "complete" });
            _ = session.RemoveAsync(id);
        }
    }
}
