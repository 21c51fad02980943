using CrmGraph.Api.Authentication;
using CrmGraph.Api.Configuration;
using CrmGraph.Api.GraphQL;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Transport.WebSockets;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CrmGraph.Api.Transport;

/// <summary>
/// GraphQL over HTTP on <c>/graphql</c>: GET and POST, media-type negotiation, status codes, batching.
/// </summary>
public sealed class GraphQLHttpHandler(
    GraphQLRequestParser parser,
    IDocumentExecuter<CrmSchema> executer,
    IGraphQLTextSerializer serializer,
    IOptions<CrmOptions> options,
    IWebHostEnvironment environment)
{
    public const int MaxBatchSize = 10;

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.WebSockets.IsWebSocketRequest)
        {
            await http.RequestServices.GetRequiredService<GraphQLWebSocketHandler>().HandleAsync(http).ConfigureAwait(
                false);
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(
                http, ResponseMediaType.Json, StatusCodes.Status405MethodNotAllowed,
                new RequestError("Use GET or POST.", "HTTP_METHOD_NOT_ALLOWED"))
                .ConfigureAwait(false);
            return;
        }

        if (isGet && GraphiQLPage.Wanted(http, GraphiQLPage.Enabled(options.Value, environment)))
        {
            await GraphiQLPage.WriteAsync(http).ConfigureAwait(false);
            return;
        }

        if (ResponseMediaTypes.Negotiate(http.Request.Headers.Accept) is not { } mediaType)
        {
            await WriteErrorAsync(http, ResponseMediaType.Json, StatusCodes.Status406NotAcceptable, new RequestError(
                "None of the media types in 'Accept' can be produced; accept " +
                $"{ResponseMediaTypes.GraphQLResponseJson} or {ResponseMediaTypes.Json}.",
                "NOT_ACCEPTABLE")).ConfigureAwait(false);
            return;
        }

        var viewer = await AuthenticateAsync(http).ConfigureAwait(false);
        if (viewer.Failure is { } failure)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteErrorAsync(http, mediaType, StatusCodes.Status401Unauthorized, failure).ConfigureAwait(false);
            return;
        }

        var limits = options.Value.GraphQL;
        var parsed = isGet
            ? QueryStringTooLong(http, limits.MaxRequestBytes) ?? parser.FromQueryString(http.Request.Query)
            : await parser.FromBodyAsync(http.Request, new MultipartRequestReader.Limits(
                limits.MaxRequestBytes, limits.MaxUploadBytes,
                limits.MaxUploadFiles), MaxBatchSize, http.RequestAborted).ConfigureAwait(false);
        if (parsed.Error is { } requestError)
        {
            await WriteErrorAsync(
                http, mediaType, GraphQLStatusCodes.For(NotExecuted(requestError), mediaType), requestError)
                .ConfigureAwait(false);
            return;
        }

        var userContext = new CrmUserContext(viewer.Viewer, LanguagePreference.PrefersChinese(http.Request));
        if (mediaType == ResponseMediaType.EventStream && !parsed.IsBatch && parsed.Requests[0].Request is { } streamed)
        {
            using var credential = viewer.Viewer is { } signedIn ? CredentialWatch.Start(
                signedIn, BearerTokenValidator.FromHeaderValue(http.Request.Headers.Authorization.FirstOrDefault())!,
                http.RequestServices) : null;
            await ServerSentEvents.WriteAsync(
                http, await ExecuteAsync(http, streamed, userContext, isGet, streaming: true).ConfigureAwait(false),
                serializer, credential?.Ended ?? CancellationToken.None)
                .ConfigureAwait(false);
            return;
        }

        var results = new List<ExecutionResult>(parsed.Requests.Count);
        foreach (var item in parsed.Requests)
        {
            results.Add(item.Request is { } request
                ? await ExecuteAsync(http, request, userContext, isGet, streaming: false).ConfigureAwait(false)
                : NotExecuted(item.Error!));
        }

        var status = parsed.IsBatch ? StatusCodes.Status200OK : GraphQLStatusCodes.For(results[0], mediaType);
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "POST";
        }
        else if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        await WriteAsync(http, mediaType, status, parsed.IsBatch ? results : results[0]).ConfigureAwait(false);
    }

    private Task<ExecutionResult> ExecuteAsync(
        HttpContext http, GraphQLRequest request, CrmUserContext userContext, bool isGet, bool streaming)
    {
        return executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = userContext,
            CancellationToken = http.RequestAborted,
            ValidationRules = CrmValidationRules.ForHttp(isGet, streaming, options.Value.GraphQL),
        });
    }

    private static async Task<(Viewer? Viewer, RequestError? Failure)> AuthenticateAsync(HttpContext http)
    {
        var validator = http.RequestServices.GetRequiredService<BearerTokenValidator>();
        var check = await validator.CheckAsync(
            BearerTokenValidator.FromHeaderValue(http.Request.Headers.Authorization.FirstOrDefault()),
            http.RequestServices, http.RequestAborted)
            .ConfigureAwait(false);
        if (check.Principal is { } principal)
        {
            http.User = principal;
        }

        return check.Failure switch
        {
            CredentialFailure.InvalidToken => (null, new RequestError("The bearer token is invalid, expired or " +
                "revoked; get a new one.", "AUTH_INVALID_TOKEN", StatusCodes.Status401Unauthorized)),
            CredentialFailure.UserInactive => (null, new RequestError("The token's user does not exist or is " +
                "deactivated.", "AUTH_USER_INACTIVE", StatusCodes.Status401Unauthorized)),
            _ => (check.Viewer, null),
        };
    }

    private static ParsedRequest? QueryStringTooLong(HttpContext http, long maxBytes) =>
        http.Request.QueryString.Value?.Length > maxBytes
            ? ParsedRequest.Failed(new RequestError($"The query string is longer than the limit of {maxBytes} bytes; " +
                "use POST.", "URI_TOO_LONG", StatusCodes.Status414UriTooLong))
            : null;

    /// <summary>
    /// Answers a request refused before it reached this handler (rate limits) in the media type the client asked for.
    /// </summary>
    public Task WriteRefusalAsync(HttpContext http, RequestError error)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(error);
        var mediaType = ResponseMediaTypes.Negotiate(http.Request.Headers.Accept) ?? ResponseMediaType.Json;
        return WriteErrorAsync(http, mediaType, error.StatusCode ?? StatusCodes.Status400BadRequest, error);
    }

    private static ExecutionResult NotExecuted(ExecutionError error) => new() { Executed = false, Errors = [error] };

    private Task WriteErrorAsync(HttpContext http, ResponseMediaType mediaType, int status, RequestError error) =>
        WriteAsync(http, mediaType, status, NotExecuted(error));

    private async Task WriteAsync(HttpContext http, ResponseMediaType mediaType, int status, object body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = ResponseMediaTypes.ContentType(
            mediaType == ResponseMediaType.EventStream ? ResponseMediaType.Json : mediaType);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers[HeaderNames.Vary] = "Accept, Authorization";
        await serializer.WriteAsync(http.Response.Body, body, http.RequestAborted).ConfigureAwait(false);
    }
}
