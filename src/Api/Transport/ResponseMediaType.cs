using Microsoft.Net.Http.Headers;

namespace CrmGraph.Api.Transport;

/// <summary>The response formats a client may ask for with <c>Accept</c>.</summary>
public enum ResponseMediaType
{
    /// <summary>The GraphQL over HTTP media type: request errors get 4xx status codes.</summary>
    GraphQLResponseJson,

    /// <summary>Legacy clients: every well-formed GraphQL response comes with 200.</summary>
    Json,

    /// <summary>A subscription streamed as server-sent events.</summary>
    EventStream,
}

public static class ResponseMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    public static string ContentType(ResponseMediaType type) => type switch
    {
        ResponseMediaType.GraphQLResponseJson => GraphQLResponseJson + "; charset=utf-8",
        ResponseMediaType.EventStream => EventStream + "; charset=utf-8",
        _ => Json + "; charset=utf-8",
    };

    /// <summary>
    /// Picks the client's most preferred type we can produce, honouring q-values and the order given;
    /// a missing header, <c>*/*</c> and <c>application/*</c> mean JSON. Null when nothing listed is acceptable.
    /// </summary>
    public static ResponseMediaType? Negotiate(string? acceptHeader)
    {
        if (string.IsNullOrWhiteSpace(acceptHeader))
        {
            return ResponseMediaType.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList([acceptHeader], out var values))
        {
            return ResponseMediaType.Json;
        }

        var ranked = values
            .Select((value, index) => (value, index))
            .Where(x => (x.value.Quality ?? 1) > 0)
            .OrderByDescending(x => x.value.Quality ?? 1)
            .ThenBy(x => x.index);
        foreach (var (value, _) in ranked)
        {
            var mediaType = value.MediaType.Value?.ToLowerInvariant();
            switch (mediaType)
            {
                case GraphQLResponseJson:
                    return ResponseMediaType.GraphQLResponseJson;
                case Json or "application/*" or "*/*":
                    return ResponseMediaType.Json;
                case EventStream:
                    return ResponseMediaType.EventStream;
            }
        }

        return null;
    }
}
