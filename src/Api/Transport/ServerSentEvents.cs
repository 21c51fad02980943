using System.Threading.Channels;
using GraphQL;

namespace CrmGraph.Api.Transport;

/// <summary>
/// GraphQL over SSE, distinct connections mode: one request per operation, answered with <c>event: next</c> per
/// result and <c>event: complete</c> at the end; the client unsubscribes by closing the connection. Comment lines
/// keep idle proxies from timing out.
/// </summary>
public static class ServerSentEvents
{
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Streams <paramref name="result"/>; when <paramref name="credentialEnded"/> fires, says why and completes.
    /// </summary>
    public static async Task WriteAsync(
        HttpContext http, ExecutionResult result, IGraphQLTextSerializer serializer,
        CancellationToken credentialEnded = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(result);
        // Read before the headers go out: a client that has them may stop the server (a test does), and once the host
        // is stopped its services are disposed under a request still running (issue #21).
        var stopping = http.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping
            ?? CancellationToken.None;
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = ResponseMediaTypes.ContentType(ResponseMediaType.EventStream);
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);

        if (result.Streams is not { Count: > 0 } streams)
        {
            await NextAsync(http, serializer.Serialize(result)).ConfigureAwait(false);
            await CompleteAsync(http).ConfigureAwait(false);
            return;
        }

        var queue = Channel.CreateUnbounded<ExecutionResult?>(new UnboundedChannelOptions { SingleReader = true });
        using var subscription = Telemetry.SubscriptionGauge.Track(
            streams.Values.Single().Subscribe(new Enqueue(queue.Writer)), "sse");
        try
        {
            while (!http.RequestAborted.IsCancellationRequested)
            {
                if (credentialEnded.IsCancellationRequested)
                {
                    await NextAsync(
                            http,
                            """{"errors":[{"message":"The token was revoked or has expired, or its user changed; """
                            + """subscribe again with a valid token.","extensions":{"code":"AUTH_REVOKED"}}]}""")
                        .ConfigureAwait(false);
                    break;
                }

                if (stopping.IsCancellationRequested)
                {
                    await NextAsync(
                            http,
                            """{"errors":[{"message":"The server is shutting down; subscribe again (another node or """
                            + """shortly) and resume with the last id you received.","extensions":"""
                            + """{"code":"SERVER_SHUTTING_DOWN"}}]}""")
                        .ConfigureAwait(false);
                    break;
                }

                using var wait = CancellationTokenSource.CreateLinkedTokenSource(
                    http.RequestAborted, credentialEnded, stopping);
                wait.CancelAfter(KeepAlive);
                ExecutionResult? next;
                try
                {
                    next = await queue.Reader.ReadAsync(wait.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (
                    !http.RequestAborted.IsCancellationRequested
                        && !credentialEnded.IsCancellationRequested
                        && !stopping.IsCancellationRequested)
                {
                    await http.Response.WriteAsync(":\n\n", http.RequestAborted).ConfigureAwait(false);
                    await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
                    continue;
                }
                catch (ChannelClosedException)
                {
                    break;
                }
                catch (OperationCanceledException) when (
                    credentialEnded.IsCancellationRequested || stopping.IsCancellationRequested)
                {
                    continue;
                }

                if (next is null)
                {
                    break;
                }

                await NextAsync(http, serializer.Serialize(next)).ConfigureAwait(false);
            }

            if (!http.RequestAborted.IsCancellationRequested)
            {
                await CompleteAsync(http).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client closed the connection: that is how it unsubscribes.
        }
    }

    private static async Task NextAsync(HttpContext http, string json)
    {
        await http.Response.WriteAsync($"event: next\ndata: {json}\n\n", http.RequestAborted).ConfigureAwait(false);
        await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task CompleteAsync(HttpContext http)
    {
        await http.Response.WriteAsync("event: complete\ndata:\n\n", http.RequestAborted).ConfigureAwait(false);
        await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }

    private sealed class Enqueue(ChannelWriter<ExecutionResult?> writer) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => writer.TryWrite(value);

        public void OnError(Exception error) => writer.TryWrite(
            new ExecutionResult { Errors = [new ExecutionError("The subscription failed on the server.")] });

        public void OnCompleted() => writer.TryWrite(null);
    }
}
