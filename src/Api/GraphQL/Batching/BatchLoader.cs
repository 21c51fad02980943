using GraphQL.DataLoader;

namespace CrmGraph.Api.GraphQL.Batching;

/// <summary>
/// Collects the keys that resolvers of one execution level ask for and fetches them in one query when the first
/// result is awaited (GraphQL.NET awaits <see cref="IDataLoaderResult"/>s only after every sibling has run).
/// Results are cached for the rest of the request. Missing keys resolve to default.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _sync = new();
    private readonly Dictionary<TKey, TValue> _found = [];
    private readonly HashSet<TKey> _fetched = [];
    private readonly HashSet<TKey> _pending = [];
    private Task _inFlight = Task.CompletedTask;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_sync)
        {
            if (!_fetched.Contains(key))
            {
                _pending.Add(key);
            }
        }

        return new Pending(this, key);
    }

    /// <summary>
    /// Stores a value another statement already read (null for none), so a later <see cref="Load"/> of the key costs
    /// nothing. A key already fetched keeps its value.
    /// </summary>
    public void Prime(TKey key, TValue? value)
    {
        lock (_sync)
        {
            if (_fetched.Add(key))
            {
                _pending.Remove(key);
                if (value is not null)
                {
                    _found[key] = value;
                }
            }
        }
    }

    private async Task<TValue?> ResultAsync(TKey key, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task wait;
            lock (_sync)
            {
                if (_fetched.Contains(key))
                {
                    return _found.TryGetValue(key, out var value) ? value : default;
                }

                if (_inFlight.IsCompleted)
                {
                    // One query for every key collected so far, including this one.
                    var keys = _pending.Count > 0 ? _pending.ToArray() : [key];
                    _pending.Clear();
                    _inFlight = FetchAsync(keys, cancellationToken);
                }

                wait = _inFlight;
            }

            await wait.ConfigureAwait(false);
        }
    }

    private async Task FetchAsync(TKey[] keys, CancellationToken cancellationToken)
    {
        var found = await fetch(keys, cancellationToken).ConfigureAwait(false);
        lock (_sync)
        {
            foreach (var (k, v) in found)
            {
                _found[k] = v;
            }

            _fetched.UnionWith(keys);
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            loader.ResultAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
