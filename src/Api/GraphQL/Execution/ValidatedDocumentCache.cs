using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>
/// Keeps the parsed document of each (query text, operation name) that passed every validation rule once, so a
/// repeated request skips parsing and the spec's rules (they depend on the text and the one schema only). Our own
/// rules (limits with variables, authentication, roles, transport fit) still run on every request (ADR-046).
/// </summary>
public sealed class ValidatedDocumentCache : IConfigureExecution
{
    /// <summary>How many documents are kept; when full it starts over, so arbitrary texts cannot grow it.</summary>
    public const int Capacity = 512;

    /// <summary>Longer texts are never kept (a generous bound for hand-written and generated operations).</summary>
    public const int MaxQueryLength = 20_000;

    private readonly ConcurrentDictionary<(string Query, string? OperationName), GraphQLDocument> _documents = new();

    public float SortOrder => 100;

    public int Count => _documents.Count;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is not null || options.Query is not { Length: <= MaxQueryLength } query)
        {
            return await next(options).ConfigureAwait(false);
        }

        var key = (query, options.OperationName);
        if (_documents.TryGetValue(key, out var document))
        {
            options.Document = document;
            options.CachedDocumentValidationRules = CrmValidationRules.BeyondTheSpec(options.ValidationRules);
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);
        // Executed: the document passed every rule (and its variables were accepted) for this caller.
        if (result.Executed && result.Document is { } parsed)
        {
            if (_documents.Count >= Capacity)
            {
                _documents.Clear();
            }

            _documents.TryAdd(key, parsed);
        }

        return result;
    }
}
