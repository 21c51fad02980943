using System.Text.RegularExpressions;
using CrmGraph.Api.Configuration;
using CrmGraph.Api.Transport;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>
/// How errors leave the server: outside development an unexpected failure says only that it failed (code
/// INTERNAL_ERROR), with the request's correlation id (the same id is in the log with the exception); with
/// introspection off, validation messages do not suggest field or argument names ("Did you mean …").
/// </summary>
public sealed partial class CrmErrorInfoProvider(
    IOptions<ErrorInfoProviderOptions> errorOptions, IOptions<CrmOptions> crmOptions, IHttpContextAccessor http,
    ILogger<CrmErrorInfoProvider> logger)
    : ErrorInfoProvider(errorOptions.Value)
{
    public const string InternalError = "INTERNAL_ERROR";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var info = base.GetInfo(executionError);
        if (crmOptions.Value.GraphQL.EnableIntrospection == false)
        {
            info.Message = Suggestion().Replace(info.Message, string.Empty);
        }

        if (executionError is UnhandledError && CorrelationId.Of(http.HttpContext) is { } id)
        {
            LogUnhandled(logger, id, executionError.InnerException ?? executionError);
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["correlationId"] = id;
        }

        if (executionError is UnhandledError
            && !errorOptions.Value.ExposeExceptionDetails
            && info.Extensions is { } extensions)
        {
            // The code GraphQL.NET derives from the exception type would name the database engine (SQLITE, POSTGRES).
            extensions["code"] = InternalError;
            extensions["codes"] = new[] { InternalError };
        }

        return info;
    }

    [GeneratedRegex(@"\s*Did you mean .*$", RegexOptions.Singleline)]
    private static partial Regex Suggestion();

    [LoggerMessage(
        Level = LogLevel.Error, Message = "Unhandled error in a GraphQL operation (correlation id {CorrelationId})")]
    private static partial void LogUnhandled(ILogger logger, string correlationId, Exception exception);
}
