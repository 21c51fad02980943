using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace CrmGraph.Api.Transport;

/// <summary>
/// Reads a GraphQL request from a GET query string or a JSON POST body, naming exactly what is wrong.
/// </summary>
public sealed class GraphQLRequestParser(IGraphQLTextSerializer serializer)
{
    public ParsedRequest FromQueryString(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ParsedRequest.One(Build(
            new(Param(query, "query"), null),
            new(Param(query, "operationName"), null),
            ParseMap(Param(query, "variables"), "variables"),
            ParseMap(Param(query, "extensions"), "extensions")));
    }

    public async Task<ParsedRequest> FromBodyAsync(
        HttpRequest request, long maxBytes, int maxBatchSize, CancellationToken cancellationToken) =>
        await FromBodyAsync(request, new MultipartRequestReader.Limits(maxBytes, 0, 0), maxBatchSize, cancellationToken)
            .ConfigureAwait(false);

    /// <summary>
    /// A JSON body, or a multipart body with file uploads when <paramref name="limits"/> allows files.
    /// </summary>
    public async Task<ParsedRequest> FromBodyAsync(
        HttpRequest request, MultipartRequestReader.Limits limits, int maxBatchSize,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(limits);
        if (limits.MaxFiles > 0 && MultipartRequestReader.IsMultipart(request.ContentType))
        {
            return await FromMultipartAsync(request, limits, maxBatchSize, cancellationToken).ConfigureAwait(false);
        }

        var maxBytes = limits.MaxJsonBytes;
        if (ContentTypeError(request.ContentType) is { } contentTypeError)
        {
            return ParsedRequest.Failed(contentTypeError);
        }

        if (request.ContentLength > maxBytes)
        {
            return ParsedRequest.Failed(TooLarge(maxBytes));
        }

        var body = await BoundedBody.ReadAsync(request.Body, maxBytes, cancellationToken).ConfigureAwait(false);
        return body is null ? ParsedRequest.Failed(TooLarge(maxBytes)) : FromJson(body, maxBatchSize);
    }

    private async Task<ParsedRequest> FromMultipartAsync(
        HttpRequest request, MultipartRequestReader.Limits limits, int maxBatchSize,
        CancellationToken cancellationToken)
    {
        var (operations, files, error) = await MultipartRequestReader.ReadAsync(request, limits, cancellationToken)
            .ConfigureAwait(false);
        if (error is not null)
        {
            return ParsedRequest.Failed(error);
        }

        foreach (var file in files.Select(f => f.File).Distinct())
        {
            request.HttpContext.Response.RegisterForDisposeAsync(file);
        }

        var parsed = FromJson(operations!, maxBatchSize);
        if (parsed.Error is not null)
        {
            return parsed;
        }

        foreach (var (path, file) in files)
        {
            var (index, variablesPath) = parsed.IsBatch && path.Split('.', 2) is [var first, var rest] && int.TryParse(
                first, System.Globalization.CultureInfo.InvariantCulture, out var i)
                ? (i, rest)
                : (parsed.IsBatch ? -1 : 0, path);
            if (index < 0 || index >= parsed.Requests.Count || parsed.Requests[index].Request is not { } target)
            {
                return ParsedRequest.Failed(new RequestError(
                    $"The map path '{path}' does not name a request of the operations.", "INVALID_MULTIPART"));
            }

            if (MultipartRequestReader.Place(target.Variables, variablesPath, file, out var placed) is { } placeError)
            {
                return ParsedRequest.Failed(placeError);
            }

            target.Variables = placed;
        }

        return parsed;
    }

    private ParsedRequest FromJson(byte[] body, int maxBatchSize)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            var detail = body.Length == 0 ? "the body is empty" : ex.Message;
            return ParsedRequest.Failed(
                new RequestError($"The request body is not valid JSON: {detail}", "INVALID_JSON"));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                var items = root.EnumerateArray().ToList();
                return items.Count switch
                {
                    0 => ParsedRequest.Failed(new RequestError("A batch must contain at least one request.")),
                    var n when n > maxBatchSize => ParsedRequest.Failed(new RequestError(
                        $"A batch may contain at most {maxBatchSize} requests; it has {n}.", "BATCH_TOO_LARGE")),
                    _ => new ParsedRequest([.. items.Select(FromJson)], true, null),
                };
            }

            return ParsedRequest.One(FromJson(root));
        }
    }

    private GraphQLRequestOrError FromJson(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Invalid("The request must be a JSON object with a 'query' string.");
        }

        var query = StringMember(element, "query");
        var operationName = StringMember(element, "operationName");
        var variables = MapMember(element, "variables");
        var extensions = MapMember(element, "extensions");
        return Build(query, operationName, variables, extensions);
    }

    private static GraphQLRequestOrError Build(
        Member<string> query, Member<string> operationName, Member<Inputs> variables, Member<Inputs> extensions)
    {
        if ((query.Error ?? operationName.Error ?? variables.Error ?? extensions.Error) is { } error)
        {
            return new GraphQLRequestOrError(null, error);
        }

        if (string.IsNullOrWhiteSpace(query.Value))
        {
            return Invalid("The 'query' parameter is required and must hold a GraphQL document.");
        }

        return new GraphQLRequestOrError(
            new GraphQLRequest
            {
                Query = query.Value,
                OperationName = string.IsNullOrEmpty(operationName.Value) ? null : operationName.Value,
                Variables = variables.Value,
                Extensions = extensions.Value,
            },
            null);
    }

    private static Member<string> StringMember(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? default
        : value.ValueKind == JsonValueKind.String ? new(value.GetString(), null)
        : new(null, new RequestError($"'{name}' must be a string; it is {Describe(value)}."));

    private Member<Inputs> MapMember(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? default
        : value.ValueKind == JsonValueKind.Object ? new(serializer.Deserialize<Inputs>(value.GetRawText()), null)
        : new(
            null, new RequestError($"'{name}' must be an object (a map of names to values); it is {Describe(value)}."));

    private Member<Inputs> ParseMap(string? json, string name)
    {
        if (string.IsNullOrEmpty(json))
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? new(serializer.Deserialize<Inputs>(json), null)
                : new(null, new RequestError(
                    $"'{name}' must be a JSON-encoded object; it is {Describe(document.RootElement)}."));
        }
        catch (JsonException)
        {
            return new(null, new RequestError($"'{name}' must be a JSON-encoded object; it is not valid JSON."));
        }
    }

    private static string? Param(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0])
            ? values[0]
            : null;

    private static GraphQLRequestOrError Invalid(string message) => new(null, new RequestError(message));

    private static RequestError TooLarge(long maxBytes) =>
        new(
            $"The request is larger than the limit of {maxBytes} bytes.", "REQUEST_TOO_LARGE",
            StatusCodes.Status413PayloadTooLarge);

    private static RequestError? ContentTypeError(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return new RequestError(
                "A POST needs 'Content-Type: application/json'.", "UNSUPPORTED_MEDIA_TYPE",
                StatusCodes.Status415UnsupportedMediaType);
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) ||
            !string.Equals(mediaType.MediaType.Value, ResponseMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return new RequestError(
                $"Content-Type '{contentType}' is not supported; send 'application/json'.", "UNSUPPORTED_MEDIA_TYPE",
                StatusCodes.Status415UnsupportedMediaType);
        }

        var charset = mediaType.Charset.Value;
        return charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals(
            "utf8", StringComparison.OrdinalIgnoreCase)
            ? null
            : new RequestError(
                $"Charset '{charset}' is not supported; send UTF-8.", "UNSUPPORTED_MEDIA_TYPE",
                StatusCodes.Status415UnsupportedMediaType);
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.String => "a string",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private readonly record struct Member<T>(T? Value, RequestError? Error);
}
