using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CrmGraph.Api.Transport;

/// <summary>
/// The GraphQL multipart request spec (jaydenseric/graphql-multipart-request-spec): an <c>operations</c> part (the
/// usual JSON request or batch), a <c>map</c> part (file part name → paths such as <c>variables.input.file</c>), then
/// the files. The files are spooled to temporary files within <see cref="Limits"/>; each lands at its paths as an
/// <see cref="UploadedFile"/>.
/// </summary>
public static class MultipartRequestReader
{
    /// <summary>
    /// Headers a browser cannot add to a simple (preflight-free) cross-site request; one must be present (CSRF).
    /// </summary>
    public static readonly string[] PreflightHeaders = [
        "GraphQL-Preflight", "Apollo-Require-Preflight", "X-Apollo-Operation-Name"];

    public sealed record Limits(long MaxJsonBytes, long MaxFileBytes, int MaxFiles);

    public static bool IsMultipart(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var media) &&
        string.Equals(media.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the parts; returns the operations JSON with the files by their paths, or the error.</summary>
    public static async Task<(
        byte[]? Operations, IReadOnlyList<(string Path, UploadedFile File)> Files, RequestError? Error)> ReadAsync(
        HttpRequest request, Limits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(limits);
        if (!PreflightHeaders.Any(h => !string.IsNullOrWhiteSpace(request.Headers[h])))
        {
            return Fail(new RequestError(
                "A multipart request must carry a 'GraphQL-Preflight: 1' header (or 'Apollo-Require-Preflight'), so " +
                "that browsers send a CORS preflight first; this protects uploads from cross-site request forgery.",
                "CSRF_PREFLIGHT_REQUIRED"));
        }

        var boundary = MediaTypeHeaderValue.Parse(request.ContentType).Boundary.Value?.Trim('"');
        if (string.IsNullOrEmpty(boundary))
        {
            return Fail(new RequestError("The multipart Content-Type has no boundary.", "INVALID_MULTIPART"));
        }

        var reader =
            new MultipartReader(boundary, request.Body) { BodyLengthLimit = null, HeadersLengthLimit = 16 * 1024 };
        byte[]? operations = null;
        Dictionary<string, string[]>? map = null;
        var files = new List<(string, UploadedFile)>();
        try
        {
            MultipartSection? section;
            while ((section = await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false)) is not null)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    return await FailAsync(files, new RequestError("Every part of a multipart GraphQL request needs " +
                        "'Content-Disposition: form-data; name=…'.", "INVALID_MULTIPART"));
                }

                var name = disposition.Name.Value?.Trim('"') ?? string.Empty;
                if (operations is null)
                {
                    if (name != "operations")
                    {
                        return await FailAsync(files, new RequestError(
                            $"The first part must be 'operations'; it is '{name}'.", "INVALID_MULTIPART"));
                    }

                    operations = await BoundedBody.ReadAsync(section.Body, limits.MaxJsonBytes, cancellationToken)
                        .ConfigureAwait(false);
                    if (operations is null)
                    {
                        return await FailAsync(files, new RequestError(
                            $"The 'operations' part is larger than the limit of {limits.MaxJsonBytes} bytes.",
                            "REQUEST_TOO_LARGE", StatusCodes.Status413PayloadTooLarge));
                    }
                }
                else if (map is null)
                {
                    if (name != "map")
                    {
                        return await FailAsync(files, new RequestError(
                            $"The second part must be 'map'; it is '{name}'.", "INVALID_MULTIPART"));
                    }

                    (map, var mapError) = await ReadMapAsync(section.Body, limits, cancellationToken)
                        .ConfigureAwait(false);
                    if (mapError is not null)
                    {
                        return await FailAsync(files, mapError);
                    }
                }
                else if (map.TryGetValue(name, out var paths))
                {
                    var (file, fileError) = await SpoolAsync(
                        section, disposition, limits.MaxFileBytes, cancellationToken)
                        .ConfigureAwait(false);
                    if (fileError is not null)
                    {
                        return await FailAsync(files, fileError);
                    }

                    files.AddRange(paths.Select(p => (p, file!)));
                    map.Remove(name);
                }
            }
        }
        catch (IOException ex)
        {
            return await FailAsync(
                files, new RequestError($"The multipart body is malformed: {ex.Message}", "INVALID_MULTIPART"));
        }

        if (operations is null || map is null)
        {
            return await FailAsync(files, new RequestError(
                "A multipart GraphQL request needs an 'operations' part and a 'map' part.", "INVALID_MULTIPART"));
        }

        if (map.Count > 0)
        {
            return await FailAsync(
                files,
                new RequestError($"The map names file part(s) {string.Join(", ", map.Keys.Select(k => $"'{k}'"))} " +
                    "that the request does not contain.", "INVALID_MULTIPART"));
        }

        return (operations, files, null);
    }

    private static async Task<(Dictionary<string, string[]>?, RequestError?)> ReadMapAsync(
        Stream body, Limits limits, CancellationToken cancellationToken)
    {
        var bytes = await BoundedBody.ReadAsync(body, limits.MaxJsonBytes, cancellationToken).ConfigureAwait(false);
        const string Shape = "The 'map' part must be a JSON object of file part names to arrays of paths, e.g. " +
            "{\"0\":[\"variables.input.file\"]}.";
        try
        {
            var map = bytes is null ? null : JsonSerializer.Deserialize<Dictionary<string, string[]>>(bytes);
            if (map is null || map.Values.Any(
                paths => paths is null || paths.Length == 0 || paths.Any(p => string.IsNullOrEmpty(p))))
            {
                return (null, new RequestError(Shape, "INVALID_MULTIPART"));
            }

            return map.Count > limits.MaxFiles
                ? (null, new RequestError($"A request may upload at most {limits.MaxFiles} files; the map names " +
                    $"{map.Count}.", "TOO_MANY_FILES", StatusCodes.Status413PayloadTooLarge))
                : (map, null);
        }
        catch (JsonException)
        {
            return (null, new RequestError(Shape, "INVALID_MULTIPART"));
        }
    }

    private static async Task<(UploadedFile?, RequestError?)> SpoolAsync(
        MultipartSection section, ContentDispositionHeaderValue disposition, long maxBytes,
        CancellationToken cancellationToken)
    {
        var fileName = (disposition.FileNameStar.Value ?? disposition.FileName.Value ?? "upload").Trim('"');
        var path = Path.Combine(Path.GetTempPath(), "crmgraph-upload-" + Guid.NewGuid().ToString("N"));
        long length = 0;
        var output = new FileStream(
            path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await using (output.ConfigureAwait(false))
        {
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await section.Body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    await output.DisposeAsync().ConfigureAwait(false);
                    File.Delete(path);
                    return (null, new RequestError($"The file '{Path.GetFileName(fileName)}' is larger than the " +
                        $"upload limit of {maxBytes} bytes.", "FILE_TOO_LARGE", StatusCodes.Status413PayloadTooLarge));
                }

                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }

        return (new UploadedFile(
            Path.GetFileName(fileName), section.ContentType ?? "application/octet-stream", path, length), null);
    }

    /// <summary>
    /// Puts each file at its path (<c>variables.file</c>, <c>variables.input.files.0</c>, or <c>0.variables.file</c> in
    /// a batch).
    /// </summary>
    public static RequestError? Place(Inputs? variables, string path, UploadedFile file, out Inputs? placed)
    {
        placed = variables;
        var segments = path.Split('.');
        if (segments.Length < 2 || segments[0] != "variables")
        {
            return new RequestError($"The map path '{path}' must start with 'variables.'.", "INVALID_MULTIPART");
        }

        var root = variables is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(variables, StringComparer.Ordinal);
        object? node = root;
        for (var i = 1; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            var segment = segments[i];
            switch (node)
            {
                case IDictionary<string, object?> dictionary when dictionary.ContainsKey(segment):
                    if (last)
                    {
                        if (dictionary[segment] is not null)
                        {
                            return new RequestError($"The map path '{path}' must point at a null placeholder in the " +
                                "variables.", "INVALID_MULTIPART");
                        }

                        dictionary[segment] = file;
                    }
                    else
                    {
                        node = dictionary[segment];
                    }

                    break;
                case IList<object?> list when int.TryParse(
                    segment, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    && index >= 0
                    && index < list.Count:
                    if (last)
                    {
                        if (list[index] is not null)
                        {
                            return new RequestError($"The map path '{path}' must point at a null placeholder in the " +
                                "variables.", "INVALID_MULTIPART");
                        }

                        list[index] = file;
                    }
                    else
                    {
                        node = list[index];
                    }

                    break;
                default:
                    return new RequestError(
                        $"The map path '{path}' does not exist in the operation's variables.", "INVALID_MULTIPART");
            }
        }

        placed = new Inputs(root);
        return null;
    }

    private static (byte[]?, IReadOnlyList<(string, UploadedFile)>, RequestError?) Fail(RequestError error) =>
        (null, [], error);

    private static async Task<(byte[]?, IReadOnlyList<(string, UploadedFile)>, RequestError?)> FailAsync(
        List<(string, UploadedFile File)> files, RequestError error)
    {
        foreach (var file in files.Select(f => f.File).Distinct())
        {
            await file.DisposeAsync().ConfigureAwait(false);
        }

        return (null, [], error);
    }
}
