using CrmGraph.Api.GraphQL.Execution;
using GraphQL;

namespace CrmGraph.Api.Transport;

/// <summary>
/// The one mapping from a GraphQL result to an HTTP status, as the graphql-http audit suite expects:
/// executed → 200; a request that is not well-formed (bad JSON, a non-string query…) → 400 whatever the media
/// type; a document that fails parsing or validation → 400 for <c>application/graphql-response+json</c> and 200
/// for legacy <c>application/json</c>; a mutation over GET → 405; no signed-in user → 401; a field the role or the
/// token may not use → 403.
/// </summary>
public static class GraphQLStatusCodes
{
    public static int For(ExecutionResult result, ResponseMediaType mediaType)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        var errors = result.Errors ?? [];
        if (errors.OfType<RequestError>().FirstOrDefault() is { } requestError)
        {
            return requestError.StatusCode ?? StatusCodes.Status400BadRequest;
        }

        if (errors.OfType<HttpMethodNotAllowedError>().Any())
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (errors.OfType<AuthenticationRequiredError>().Any())
        {
            return StatusCodes.Status401Unauthorized;
        }

        if (errors.OfType<ForbiddenError>().Any())
        {
            return StatusCodes.Status403Forbidden;
        }

        return mediaType == ResponseMediaType.GraphQLResponseJson
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
    }
}
