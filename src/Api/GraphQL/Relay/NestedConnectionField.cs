using System.Linq.Expressions;
using CrmGraph.Api.GraphQL.Batching;
using CrmGraph.Api.GraphQL.Expressions;
using CrmGraph.Api.GraphQL.Filtering;
using CrmGraph.Api.GraphQL.Sorting;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmGraph.Api.GraphQL.Relay;

/// <summary>
/// A paged list under each parent of a page (e.g. a customer's follow-up records): <c>first</c>/<c>after</c>,
/// <c>where</c> and <c>order</c> as on the root list, and one SQL statement for the whole page of parents (each
/// parent's first rows in the order, a lateral index walk on PostgreSQL); <c>totalCount</c> is one grouped COUNT
/// for the page, only when selected. The rows are visible exactly when their parent is, so the parents carry the
/// visibility scope.
/// </summary>
public static class NestedConnectionField
{
    public sealed record Spec<T>(
        FilterSpec<T> Filter,
        SortSpec<T> Sort,
        Type FilterInputType,
        Type SortInputType,
        Func<IResolveFieldContext, IQueryable<T>> Rows,
        Expression<Func<T, Guid>> ParentId,
        Func<IResolveFieldContext, IReadOnlyCollection<Guid>, IQueryable<Guid>> VisibleParents);

    public static void AddNestedConnection<TParent, T, TConnectionType>(
        this ObjectGraphType<TParent> type, string name, string description, Func<TParent, Guid> idOf, Spec<T> spec)
        where TConnectionType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(spec);
        type.Field<NonNullGraphType<TConnectionType>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list. 取前 n 条。")
            .Argument<StringGraphType>(
                "after", "Returns the elements in the list that come after the specified cursor. 此游标之后的条目。")
            .Argument(spec.FilterInputType, "where", a => a.Description = "Only items matching these conditions. 筛选条件。")
            .Argument(
                typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(spec.SortInputType)),
                "order", a => a.Description = "The order; the id breaks ties. 排序；相同时按标识。")
            .Resolve(c => Resolve(c, name, idOf(c.Source), spec));
    }

    private static IDataLoaderResult<Connection<T>> Resolve<T>(
        IResolveFieldContext c, string name, Guid id, Spec<T> spec)
    {
        // Checked here, once per parent, so bad arguments answer with a clear error before any SQL.
        var paging = c.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value;
        var arguments = new PagingArguments(c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), null, null);
        var size = arguments.PageSize(paging);
        var keys = SortTranslator.Build(spec.Sort, c.GetArgument<List<Dictionary<string, object?>>?>("order"));
        var signature = KeysetPager.Signature(keys);
        var after = arguments.After is { } cursor
            ? KeysetCursor.Decode(cursor, signature, [.. keys.Select(k => k.ValueType)], "after")
            : null;
        var where = c.GetArgument<Dictionary<string, object?>?>("where");
        var loaders = RequestLoaders.Of(c);
        var key = name + ":" + System.Text.Json.JsonSerializer.Serialize(
            c.Arguments?.ToDictionary(a => a.Key, a => a.Value.Value));
        var counts = loaders.For<Guid, int>(key + ":count", (ids, ct) => CountAsync(c, spec, where, ids, ct));
        var count = Selects(c, "totalCount") ? counts.Load(id) : null;
        return loaders.For<Guid, List<T>>(key, (ids, ct) => PagesAsync(c, spec, where, keys, after, size, ids, ct))
            .Load(id)
            .Then(rows =>
            {
                rows ??= [];
                var edges = KeysetPager.Edges(rows.Take(size), keys, signature);
                var pageInfo = new PageInfo(
                    HasNextPage: rows.Count > size,
                    HasPreviousPage: after is not null,
                    StartCursor: edges.FirstOrDefault()?.Cursor,
                    EndCursor: edges.LastOrDefault()?.Cursor);
                return new Connection<T>(edges, pageInfo, ct => (count ?? counts.Load(id)).GetResultAsync(ct));
            });
    }

    private static async Task<IDictionary<Guid, List<T>>> PagesAsync<T>(
        IResolveFieldContext c, Spec<T> spec, Dictionary<string, object?>? where, IReadOnlyList<SortKey<T>> keys,
        object?[]? after, int size, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (size == 0)
        {
            return new Dictionary<Guid, List<T>>();
        }

        var rows = await FilteredAsync(c, spec, where).ConfigureAwait(false);
        if (after is not null)
        {
            rows = rows.Where(KeysetPredicate.After(keys, after, reverse: false));
        }

        // parents.SelectMany(parent => rows.Where(row.parent == parent).OrderBy(keys).Take(size + 1))
        var parent = Expression.Parameter(typeof(Guid), "parent");
        var row = Expression.Parameter(typeof(T), "row");
        var ofParent = Expression.Lambda<Func<T, bool>>(
            Expression.Equal(QueryExpressions.Inline(spec.ParentId, row), parent), row);
        var top = KeysetPager.Order(rows.Where(ofParent), keys, reverse: false).Take(size + 1);
        var each = Expression.Lambda<Func<Guid, IEnumerable<T>>>(top.Expression, parent);
        var byParent = new SortKey<T>(spec.ParentId, false, "parent");
        var pages = KeysetPager.Order(
            spec.VisibleParents(c, ids).SelectMany(each), [byParent, .. keys], reverse: false);
        var found = await pages.ToListAsync(ct).ConfigureAwait(false);
        var parentOf = spec.ParentId.Compile();
        return found.GroupBy(parentOf).ToDictionary(g => g.Key, g => g.ToList());
    }

    private static async Task<IDictionary<Guid, int>> CountAsync<T>(
        IResolveFieldContext c, Spec<T> spec, Dictionary<string, object?>? where, IReadOnlyCollection<Guid> ids,
        CancellationToken ct)
    {
        var rows = await FilteredAsync(c, spec, where).ConfigureAwait(false);
        var row = Expression.Parameter(typeof(T), "row");
        var parents = spec.VisibleParents(c, ids);
        var visible = Expression.Lambda<Func<T, bool>>(
            Expression.Call(
                typeof(Queryable), nameof(Queryable.Contains), [typeof(Guid)], parents.Expression,
                QueryExpressions.Inline(spec.ParentId, row)),
            row);
        return await rows.Where(visible).GroupBy(spec.ParentId).Select(g => new GroupCount(g.Key, g.Count()))
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct).ConfigureAwait(false);
    }

    private static async Task<IQueryable<T>> FilteredAsync<T>(
        IResolveFieldContext c, Spec<T> spec, Dictionary<string, object?>? where)
    {
        var rows = spec.Rows(c);
        if (where is not null)
        {
            var context = await ConnectionField.FilterContextAsync(c, spec.Filter, where).ConfigureAwait(false);
            rows = rows.Where(FilterTranslator.Build(spec.Filter, where, context));
        }

        return rows;
    }

    private static bool Selects(IResolveFieldContext c, string field) =>
        c.FieldAst.SelectionSet?.Selections.OfType<GraphQLField>().Any(f => f.Name.StringValue == field) == true;

    private sealed record GroupCount(Guid Key, int Count);
}
