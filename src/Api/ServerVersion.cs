using System.Reflection;

namespace CrmGraph.Api;

/// <summary>The release this server is: the informational version of the build, without the commit suffix.</summary>
public static class ServerVersion
{
    public const string Header = "X-CrmGraph-Version";

    public static string Current { get; } = Read();

    private static string Read()
    {
        var informational = typeof(ServerVersion).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }

    /// <summary>
    /// Names the release on every response, so a client or a proxy log can tell which server answered.
    /// </summary>
    public static IApplicationBuilder UseVersionHeader(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.Headers[Header] = Current;
        return next(http);
    });
}
