using CrmGraph.Api.Authentication;
using CrmGraph.Api.GraphQL;
using CrmGraph.Api.Transport.RateLimiting;
using GraphQL;
using Microsoft.Extensions.Options;

namespace CrmGraph.Api.Transport.WebSockets;

/// <summary>
/// Accepts WebSocket upgrades on <c>/graphql</c> that ask for the <c>graphql-transport-ws</c> sub-protocol.
/// </summary>
public sealed class GraphQLWebSocketHandler(
    IDocumentExecuter<CrmSchema> executer,
    IGraphQLTextSerializer serializer,
    BearerTokenValidator tokens,
    IOptions<GraphQLWebSocketOptions> options,
    CrmRateLimiter rateLimiter)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync($"Ask for the WebSocket sub-protocol '{SubProtocol}'.", http.RequestAborted)
                .ConfigureAwait(false);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync(SubProtocol).ConfigureAwait(false);
        await new TransportWsSession(socket, http, executer, serializer, tokens, options.Value, rateLimiter)
            .RunAsync()
            .ConfigureAwait(false);
    }
}
