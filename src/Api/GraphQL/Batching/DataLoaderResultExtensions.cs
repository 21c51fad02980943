using GraphQL.DataLoader;

namespace CrmGraph.Api.GraphQL.Batching;

/// <summary>
/// Shapes a batched value once it is loaded (GraphQL.DataLoader's <c>Then</c>, which is not installable here).
/// </summary>
public static class DataLoaderResultExtensions
{
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new Mapped<T, TResult>(result, map);

    private sealed class Mapped<T, TResult>(
        IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
