using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;

namespace CrmGraph.Api.GraphQL.Batching;

/// <summary>
/// The batch loaders of one execution, created on first use and shared by its resolvers. Keyed by the execution
/// context, so each event of a subscription (which GraphQL.NET executes in a cloned context) loads fresh rows.
/// </summary>
public sealed class RequestLoaders
{
    private static readonly ConditionalWeakTable<IExecutionContext, RequestLoaders> PerExecution = [];
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public static RequestLoaders Of(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PerExecution.GetValue(context.ExecutionContext, _ => new RequestLoaders());
    }

    public BatchLoader<TKey, TValue> For<TKey, TValue>(
        string name, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch));
}
