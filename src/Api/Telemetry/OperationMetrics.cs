using System.Diagnostics;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace CrmGraph.Api.Telemetry;

/// <summary>Records every GraphQL operation's duration, whichever transport ran it (HTTP, SSE or WebSocket).</summary>
public static class OperationMetrics
{
    public static async Task<ExecutionResult> RecordAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        var result = await next(options).ConfigureAwait(false);
        var operation = result.Operation ?? SoleOperation(options);
        CrmTelemetry.OperationDuration.Record(
            Stopwatch.GetElapsedTime(started).TotalSeconds,
            new KeyValuePair<string, object?>(
                "graphql.operation.name", operation?.Name?.StringValue ?? options.OperationName ?? "(anonymous)"),
            new KeyValuePair<string, object?>(
                "graphql.operation.type", (operation?.Operation ?? OperationType.Query).ToString().ToLowerInvariant()),
            new KeyValuePair<string, object?>("outcome", result.Errors is { Count: > 0 } ? "error" : "ok"));
        return result;
    }

    // A document that failed validation has no selected operation; when it holds one only, that one names it.
    private static GraphQLOperationDefinition? SoleOperation(ExecutionOptions options)
    {
        try
        {
            var document = options.Document ?? (options.Query is { } query ? GraphQLParser.Parser.Parse(query) : null);
            return document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() is [var only] ? only : null;
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return null;
        }
    }
}
