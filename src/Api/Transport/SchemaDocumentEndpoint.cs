using CrmGraph.Api.Authentication;
using CrmGraph.Api.Configuration;
using CrmGraph.Api.GraphQL;
using CrmGraph.Api.GraphQL.Execution;
using GraphQL;
using GraphQL.Utilities;
using Microsoft.Extensions.Options;

namespace CrmGraph.Api.Transport;

/// <summary>
/// <c>GET /graphql/schema.graphql</c>: the public schema as SDL (the same text as schema/crm.graphql), for code
/// generators and low-code tools, to the callers <see cref="SchemaAccess"/> allows; 401 without a token, 403 for a role
/// that may not read it.
/// </summary>
public static class SchemaDocumentEndpoint
{
    public const string Path = "/graphql/schema.graphql";

    /// <summary>How the checked-in schema/crm.graphql is printed, so the download and the file never differ.</summary>
    public static string Print(CrmSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Initialize();
        return schema.Print(new PrintOptions { StringComparison = StringComparison.OrdinalIgnoreCase })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    public static IEndpointRouteBuilder MapSchemaDocument(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var schema = endpoints.ServiceProvider.GetRequiredService<CrmSchema>();
        var document = new Lazy<string>(() => Print(schema));
        endpoints.MapGet(Path, (HttpContext http) => WriteAsync(http, document));
        return endpoints;
    }

    private static async Task WriteAsync(HttpContext http, Lazy<string> document)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<CrmOptions>>().Value.GraphQL;
        var validator = http.RequestServices.GetRequiredService<BearerTokenValidator>();
        var credential = BearerTokenValidator.FromHeaderValue(http.Request.Headers.Authorization.FirstOrDefault());
        var check = await validator.CheckAsync(credential, http.RequestServices, http.RequestAborted)
            .ConfigureAwait(false);
        http.Response.Headers.CacheControl = "no-store";
        if (check.Failure != CredentialFailure.None)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await RefuseAsync(http, StatusCodes.Status401Unauthorized,
                "The bearer token is invalid, expired or revoked; get a new one. 令牌无效或已过期。").ConfigureAwait(false);
            return;
        }

        if (!SchemaAccess.Allows(options, check.Viewer))
        {
            if (check.Viewer is null)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
            }

            var status = check.Viewer is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
            await RefuseAsync(http, status, SchemaAccess.RefusalMessage(options, check.Viewer)).ConfigureAwait(false);
            return;
        }

        http.Response.ContentType = "application/graphql; charset=utf-8";
        await http.Response.WriteAsync(document.Value, http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task RefuseAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(message + "\n", http.RequestAborted).ConfigureAwait(false);
    }
}
