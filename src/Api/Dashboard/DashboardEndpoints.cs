using Microsoft.Extensions.FileProviders;

namespace CrmGraph.Api.Dashboard;

/// <summary>
/// The team dashboard at <c>/dashboard</c>: static files shipped beside the server (ADR-038), a client of the public
/// GraphQL API only. Nothing here reads data; the page calls <c>/graphql</c> with the token the user pastes.
/// </summary>
public static class DashboardEndpoints
{
    public const string Path = "/dashboard";

    public static void UseCrmDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = System.IO.Path.Combine(AppContext.BaseDirectory, "Dashboard", "wwwroot");
        if (!Directory.Exists(root))
        {
            return;
        }

        // DefaultFiles also redirects /dashboard to /dashboard/ (relative asset paths need the slash).
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = Path });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = Path,

            // Revalidate each time: a new server version must not run against a cached older script.
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
