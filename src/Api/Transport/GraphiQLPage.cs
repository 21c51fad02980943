namespace CrmGraph.Api.Transport;

/// <summary>A GraphiQL IDE for browsers (development only by default); paste a bearer token into its headers tab.</summary>
public static class GraphiQLPage
{
    public static bool Wanted(HttpContext http, bool enabled) =>
        enabled &&
        !http.Request.Query.ContainsKey("query") &&
        http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public static async Task WriteAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(Html, http.RequestAborted).ConfigureAwait(false);
    }

    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8" />
          <title>CrmGraph GraphiQL</title>
          <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
          <link rel="stylesheet" href="https://unpkg.com/graphiql@3.8.3/graphiql.min.css" />
        </head>
        <body>
          <div id="graphiql">Loading GraphiQL… (needs access to unpkg.com)</div>
          <script crossorigin src="https://unpkg.com/react@18.3.1/umd/react.production.min.js"></script>
          <script crossorigin src="https://unpkg.com/react-dom@18.3.1/umd/react-dom.production.min.js"></script>
          <script crossorigin src="https://unpkg.com/graphiql@3.8.3/graphiql.min.js"></script>
          <script>
            const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
            ReactDOM.createRoot(document.getElementById('graphiql')).render(
              React.createElement(GraphiQL, {
                fetcher,
                defaultHeaders: '{ "Authorization": "Bearer <paste the output of: dotnet run --project src/Api -- token admin>" }',
                defaultQuery: '{ me { login displayName role } }',
              }));
          </script>
        </body>
        </html>
        """;
}
