using System.Collections.Concurrent;

namespace CrmGraph.Api.GraphQL.Batching;

/// <summary>The batch loaders of one request, created on first use and shared by every resolver of that request.</summary>
public sealed class RequestLoaders
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public BatchLoader<TKey, TValue> For<TKey, TValue>(string name, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch));
}
