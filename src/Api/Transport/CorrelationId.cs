using System.Diagnostics;

namespace CrmGraph.Api.Transport;

/// <summary>
/// One id per request, to find a client's failure in the log: taken from <c>X-Correlation-Id</c> when the client sends
/// a sane one, else the W3C trace id, else a new one; echoed in the response header and in log scopes.
/// </summary>
public static class CorrelationId
{
    public const string Header = "X-Correlation-Id";
    private const string ItemKey = "crm.correlationId";

    public static string? Of(HttpContext? http) => http?.Items[ItemKey] as string;

    public static IApplicationBuilder UseCorrelationIds(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("CrmGraph.Requests");
        return app.Use(async (http, next) =>
        {
            var incoming = http.Request.Headers[Header].ToString();
            var id = incoming.Length is > 0 and <= 64 && incoming.All(
                c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
                ? incoming
                : Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
            http.Items[ItemKey] = id;
            http.Response.Headers[Header] = id;
            using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
            {
                await next(http).ConfigureAwait(false);
            }
        });
    }
}
