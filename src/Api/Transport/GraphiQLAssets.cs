namespace CrmGraph.Api.Transport;

/// <summary>
/// The GraphiQL and React files embedded in the assembly (copied from npm by tools/graphiql/refresh.sh), served on
/// <c>/graphiql/{file}</c> wherever the IDE is served, so the page needs nothing but this server.
/// </summary>
public static class GraphiQLAssets
{
    public const string PathPrefix = "/graphiql";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.css"] = "text/css; charset=utf-8",
        ["LICENSE.graphiql.txt"] = "text/plain; charset=utf-8",
        ["LICENSE.react.txt"] = "text/plain; charset=utf-8",
        ["LICENSE.react-dom.txt"] = "text/plain; charset=utf-8",
        ["VERSIONS.txt"] = "text/plain; charset=utf-8",
    };

    public static IEndpointRouteBuilder MapGraphiQLAssets(
        this IEndpointRouteBuilder endpoints, Func<HttpContext, bool> enabled)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(
            PathPrefix + "/{file}", (HttpContext http, string file) => WriteAsync(http, file, enabled(http)));
        return endpoints;
    }

    private static async Task WriteAsync(HttpContext http, string file, bool enabled)
    {
        if (!enabled || !ContentTypes.TryGetValue(file, out var contentType))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var stream = typeof(GraphiQLAssets).Assembly.GetManifestResourceStream("graphiql/" + file);
        if (stream is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await using (stream.ConfigureAwait(false))
        {
            http.Response.ContentType = contentType;
            http.Response.ContentLength = stream.Length;
            http.Response.Headers.CacheControl = "public, max-age=86400";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            await stream.CopyToAsync(http.Response.Body, http.RequestAborted).ConfigureAwait(false);
        }
    }
}
