namespace CrmGraph.Api.Transport;

/// <summary>
/// A GraphiQL IDE for browsers on GET /graphql (Development by default, <c>Crm:GraphQL:EnableIde</c> elsewhere). Every
/// script and style comes from this server (<see cref="GraphiQLAssets"/>), so it works without internet; paste a bearer
/// token into its headers tab.
/// </summary>
public static class GraphiQLPage
{
    public static bool Enabled(Configuration.CrmOptions options, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        return options.GraphQL.EnableIde ?? environment.IsDevelopment();
    }

    public static bool Wanted(HttpContext http, bool enabled) =>
        enabled &&
        !http.Request.Query.ContainsKey("query") &&
        http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public static async Task WriteAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy =
            "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
            "script-src 'self' 'unsafe-inline'; connect-src 'self' ws: wss:";
        var assets = http.Request.PathBase + GraphiQLAssets.PathPrefix;
        await http.Response.WriteAsync(Html.Replace("{assets}", assets, StringComparison.Ordinal), http.RequestAborted)
            .ConfigureAwait(false);
    }

    // The header hint is JSON with a placeholder the user replaces; the default query shows who the token belongs to.
    private const string Html = """
        <!doctype html>
        <html lang="zh-CN">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>CrmGraph GraphiQL · 客户管理接口</title>
          <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
          <link rel="stylesheet" href="{assets}/graphiql.min.css" />
        </head>
        <body>
          <div id="graphiql">Loading GraphiQL… 正在加载…</div>
          <script src="{assets}/react.production.min.js"></script>
          <script src="{assets}/react-dom.production.min.js"></script>
          <script src="{assets}/graphiql.min.js"></script>
          <script>
            const url = new URL(window.location.pathname, window.location.href);
            const subscriptionUrl = url.href.replace(/^http/, 'ws');
            const fetcher = GraphiQL.createFetcher({ url: url.href, subscriptionUrl });
            ReactDOM.createRoot(document.getElementById('graphiql')).render(
              React.createElement(GraphiQL, {
                fetcher,
                defaultEditorToolsVisibility: 'headers',
                defaultHeaders: JSON.stringify({
                  Authorization: 'Bearer <paste a token: dotnet CrmGraph.Api.dll token admin / 粘贴令牌>',
                }, null, 2),
                defaultQuery: '# 我是谁? Who am I?\n{ me { login displayName role } }\n',
              }));
          </script>
        </body>
        </html>
        """;
}
