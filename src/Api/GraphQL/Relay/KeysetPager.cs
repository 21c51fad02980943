using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Relay;

/// <summary>One column of a keyset order. The last key of every order must be unique (the id).</summary>
public sealed record SortKey<T>(LambdaExpression Selector, bool Descending, string Name)
{
    public Type ValueType => Selector.ReturnType;

}

public static class SortKey
{
    public static SortKey<T> By<T, TValue>(
        string name, Expression<Func<T, TValue>> selector, bool descending = false) =>
        new(selector, descending, name);
}

/// <summary>
/// A page's final query, built by <paramref name="Build"/> only when asked. <paramref name="Shape"/> names everything
/// that decides its expression tree apart from the viewer and the values of <paramref name="Predicates"/> (order,
/// cursors present, direction, page size, the filter's shape); null when something else does (a custom filter), so
/// the query must not be reused (ADR-047).
/// </summary>
public sealed record PageQuery<T>(
    Func<IQueryable<T>> Build, string? Shape, IReadOnlyList<System.Linq.Expressions.Expression?> Predicates);

/// <summary>A page's <c>where</c>: its predicate and shape (<see cref="Filtering.FilterTranslator.Shape"/>).</summary>
public sealed record PageFilter<T>(string? Shape, Expression<Func<T, bool>>? Predicate);

/// <summary>
/// Relay paging by keyset (never OFFSET): the cursor holds the sort-key values of a row, and the next page is
/// the rows strictly after it in the order, so a page costs the same at any depth.
/// </summary>
public static class KeysetPager
{
    public static async Task<Connection<T>> PageAsync<T>(
        IQueryable<T> source,
        IReadOnlyList<SortKey<T>> keys,
        PagingArguments arguments,
        PagingOptions options,
        CancellationToken cancellationToken,
        Func<VisibleParts<T>?>? parts = null,
        Func<PageQuery<T>, CancellationToken, Task<List<T>>>? read = null,
        PageFilter<T>? filter = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(arguments);
        var size = arguments.PageSize(options);
        var backward = arguments.Backward;
        var types = keys.Select(k => k.ValueType).ToArray();
        var signature = Signature(keys);
        var after = arguments.After is { } a
            ? KeysetPredicate.After(keys, KeysetCursor.Decode(a, signature, types, "after"), reverse: false)
            : null;
        var before = arguments.Before is { } b
            ? KeysetPredicate.After(keys, KeysetCursor.Decode(b, signature, types, "before"), reverse: true)
            : null;
        IQueryable<T> Cursor(IQueryable<T> query)
        {
            query = after is null ? query : query.Where(after);
            return before is null ? query : query.Where(before);
        }

        // Built only when the reader has no query of this shape yet (ADR-047).
        IQueryable<T> Build()
        {
            var visible = parts?.Invoke();
            var page = visible is { Parts.Count: > 1 }
                ? FromParts(visible, p => Order(Cursor(p), keys, backward).Take(size + 1),
                    merged => Order(merged, keys, backward).Take(size + 1))
                : Cursor(source);
            return Order(page, keys, reverse: backward).Take(size + 1);
        }

        var shape = filter is { Shape: null, Predicate: not null }
            ? null
            : $"{signature}|{(after is null ? "" : "after")}|{(before is null ? "" : "before")}|{backward}|{size}|" +
                filter?.Shape;
        read ??= (page, ct) => page.Build().ToListAsync(ct);
        var rows = size == 0
            ? []
            : await read(new PageQuery<T>(Build, shape, [filter?.Predicate, after, before]), cancellationToken)
                .ConfigureAwait(false);
        var hasMore = rows.Count > size;
        var nodes = rows.Take(size).ToList();
        if (backward)
        {
            nodes.Reverse();
        }

        var edges = Edges(nodes, keys, signature);
        var pageInfo = new PageInfo(
            HasNextPage: backward ? arguments.Before is not null : hasMore,
            HasPreviousPage: backward ? hasMore : arguments.After is not null,
            StartCursor: edges.FirstOrDefault()?.Cursor,
            EndCursor: edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, pageInfo, ct => CountAsync(source, parts, ct));
    }

    /// <summary>
    /// What <c>totalCount</c> counts: with the single visibility rule, or, for parts counted by part
    /// (<see cref="VisibleParts{T}.CountByParts"/>), their ids together (<c>count(*) FROM (part1 UNION ALL …)</c>, one
    /// statement, each part on its own index). The parts are disjoint, so both give the same number.
    /// </summary>
    private static Task<int> CountAsync<T>(
        IQueryable<T> source, Func<VisibleParts<T>?>? parts, CancellationToken cancellationToken) =>
        parts?.Invoke() is { CountByParts: true, Parts.Count: > 1 } visible
            ? visible.Parts.Select(p => p.Select(visible.Id)).Aggregate(Queryable.Concat).CountAsync(cancellationToken)
            : source.CountAsync(cancellationToken);

    /// <summary>The order's name in cursors: a cursor of one order is refused by another.</summary>
    public static string Signature<T>(IReadOnlyList<SortKey<T>> keys) =>
        string.Join(",", keys.Select(k => (k.Descending ? "-" : "+") + k.Name));

    /// <summary>The rows as edges, each with the cursor of its sort-key values.</summary>
    public static List<Edge<T>> Edges<T>(IEnumerable<T> nodes, IReadOnlyList<SortKey<T>> keys, string signature)
    {
        var readers = keys.Select(k => Readers<T>.Of(k.Selector)).ToArray();
        return [.. nodes.Select(
            row => new Edge<T>(KeysetCursor.Encode(signature, [.. readers.Select(r => r(row))]), row))];
    }

    /// <summary>
    /// Sort keys come from static specs, so each selector is compiled once, not on every page, and typed to return
    /// object: a <c>DynamicInvoke</c> per row and key was about a twentieth of a page's CPU (issue #16).
    /// </summary>
    private static class Readers<T>
    {
        private static readonly ConditionalWeakTable<LambdaExpression, Func<T, object?>> Compiled = [];

        public static Func<T, object?> Of(LambdaExpression selector) => Compiled.GetValue(selector, Compile);

        private static Func<T, object?> Compile(LambdaExpression selector) => Expression
            .Lambda<Func<T, object?>>(Expression.Convert(selector.Body, typeof(object)), selector.Parameters)
            .Compile();
    }

    /// <summary>
    /// The top rows of each part: their union (<c>part1 … UNION ALL …</c>), or the rows whose id is among the top of
    /// that union (<c>id IN (SELECT id FROM (…) ORDER BY … LIMIT n)</c>): the parts' rows are merged on their sort keys
    /// first, so only a page's worth of rows is read again by id, not every part's top (issue #16).
    /// </summary>
    private static IQueryable<T> FromParts<T>(
        VisibleParts<T> parts, Func<IQueryable<T>, IQueryable<T>> top, Func<IQueryable<T>, IQueryable<T>> page)
    {
        var merged = parts.Parts.Select(top).Aggregate(Queryable.Concat);
        if (parts.UnionRows)
        {
            return merged;
        }

        var ids = page(merged).Select(parts.Id);
        // A parameter of its own: the id selector's parameter also appears inside the subquery.
        var row = Expression.Parameter(typeof(T), "row");
        var id = Expressions.QueryExpressions.Inline(parts.Id, row);
        var contains = Expression.Call(
            typeof(Queryable), nameof(Queryable.Contains), [typeof(Guid)], ids.Expression, id);
        return parts.Rows.Where(Expression.Lambda<Func<T, bool>>(contains, row));
    }

    public static IQueryable<T> Order<T>(IQueryable<T> query, IReadOnlyList<SortKey<T>> keys, bool reverse)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var key in keys)
        {
            var descending = key.Descending ^ reverse;
            var method = (ordered is null, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            var call = Expression.Call(
                typeof(Queryable),
                method,
                [typeof(T), key.ValueType],
                (ordered ?? query).Expression,
                Expression.Quote(key.Selector));
            ordered = (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(call);
        }

        return ordered ?? query;
    }
}
