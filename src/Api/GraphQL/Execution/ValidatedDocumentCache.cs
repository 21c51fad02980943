using System.Collections.Concurrent;
using CrmGraph.Api.Authentication.ApiTokens;
using CrmGraph.Domain.Users;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>
/// Keeps the parsed document of each (query text, operation name) that passed every validation rule once, so a
/// repeated request skips parsing and the spec's rules (they depend on the text and the one schema only). Our own
/// rules (limits with variables, authentication, roles, transport fit) still run on every request (ADR-046), except
/// for a document without variables that already passed them for the same rule set, role and credential scope: their
/// outcome depends on nothing else then, so it is kept with the document (ADR-052).
/// </summary>
public sealed class ValidatedDocumentCache : IConfigureExecution
{
    /// <summary>How many documents are kept; when full it starts over, so arbitrary texts cannot grow it.</summary>
    public const int Capacity = 512;

    /// <summary>Longer texts are never kept (a generous bound for hand-written and generated operations).</summary>
    public const int MaxQueryLength = 20_000;

    private readonly ConcurrentDictionary<(string Query, string? OperationName), Entry> _documents = new();

    private long _rulesSkipped;

    public float SortOrder => 100;

    public int Count => _documents.Count;

    /// <summary>Requests whose document had passed our rules for the same caller before (none ran for them).</summary>
    public long RulesSkipped => Interlocked.Read(ref _rulesSkipped);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is not null || options.Query is not { Length: <= MaxQueryLength } query)
        {
            return await next(options).ConfigureAwait(false);
        }

        var key = (query, options.OperationName);
        if (_documents.TryGetValue(key, out var entry))
        {
            var caller = Caller.Of(options);
            options.Document = entry.Document;
            var passed = entry.Passed(caller);
            options.CachedDocumentValidationRules =
                passed ? [] : CrmValidationRules.BeyondTheSpec(options.ValidationRules);
            if (passed)
            {
                Interlocked.Increment(ref _rulesSkipped);
            }

            var cached = await next(options).ConfigureAwait(false);
            if (cached.Executed)
            {
                entry.Pass(caller);
            }

            return cached;
        }

        var result = await next(options).ConfigureAwait(false);
        // Executed: the document passed every rule (and its variables were accepted) for this caller.
        if (result.Executed && result.Document is { } parsed)
        {
            if (_documents.Count >= Capacity)
            {
                _documents.Clear();
            }

            var added = new Entry(parsed);
            added.Pass(Caller.Of(options));
            _documents.TryAdd(key, added);
        }

        return result;
    }

    // What our rules read besides the document: the rule set (transport, settings), and who asks with what credential.
    // Rules: null when some rule of the set may read anything else, and then nothing is kept.
    private readonly record struct Caller(object? Rules, bool Anonymous, UserRole Role, ApiTokenScope Scope)
    {
        public static Caller Of(ExecutionOptions options)
        {
            var rules = CrmValidationRules.OutcomeKeptPerCaller(options.ValidationRules)
                ? options.ValidationRules
                : null;
            return (options.UserContext as CrmUserContext)?.Viewer is { } viewer
                ? new(rules, false, viewer.Role, viewer.Scope)
                : new(rules, true, default, default);
        }
    }

    private sealed class Entry(GraphQLDocument document)
    {
        // A handful of rule sets × roles × scopes; the bound only guards against rule sets built per request.
        private const int MaxCallers = 64;
        private readonly ConcurrentDictionary<Caller, byte> _passed = new();

        // With variables our limits read their values (page sizes), so such a document is checked every time.
        private readonly bool _fixed = document.Definitions.OfType<GraphQLOperationDefinition>()
            .All(o => o.Variables is not { Count: > 0 });

        public GraphQLDocument Document { get; } = document;

        public bool Passed(Caller caller) => _fixed && caller.Rules is not null && _passed.ContainsKey(caller);

        public void Pass(Caller caller)
        {
            if (_fixed && caller.Rules is not null && _passed.Count < MaxCallers)
            {
                _passed.TryAdd(caller, 0);
            }
        }
    }
}
