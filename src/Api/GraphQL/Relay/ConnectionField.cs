using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Filtering;
using CrmGraph.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using CrmGraph.Api.GraphQL.Sorting;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CrmGraph.Api.GraphQL.Relay;

/// <summary>
/// One list field in the Hot Chocolate shape: Relay arguments, <c>where</c> and <c>order</c>, applied in the order
/// visibility scope → where → order → keyset page, all translated to SQL.
/// </summary>
public static class ConnectionField
{
    public static void AddConnection<T, TConnectionType>(
        this ObjectGraphType query,
        string name,
        string description,
        FilterSpec<T> filter,
        SortSpec<T> sort,
        Type filterInputType,
        Type sortInputType,
        Func<IResolveFieldContext, IQueryable<T>> visible,
        Func<IResolveFieldContext, VisibleParts<T>>? visibleParts = null,
        Func<IResolveFieldContext, IReadOnlyList<SortKey<T>>, Func<PageQuery<T>, CancellationToken, Task<List<T>>>>?
            read = null)
        where TConnectionType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<TConnectionType>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list. 取前 n 条。")
            .Argument<StringGraphType>(
                "after", "Returns the elements in the list that come after the specified cursor. 此游标之后的条目。")
            .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list. 取最后 n 条。")
            .Argument<StringGraphType>(
                "before", "Returns the elements in the list that come before the specified cursor. 此游标之前的条目。")
            .Argument(filterInputType, "where", a => a.Description = "Only items matching these conditions. 筛选条件。")
            .Argument(
                typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(sortInputType)),
                "order", a => a.Description = "The order; the id breaks ties. 排序；相同时按标识。")
            .ResolveAsync(async c =>
            {
                var source = visible(c);
                PageFilter<T>? pageFilter = null;
                if (c.GetArgument<Dictionary<string, object?>?>("where") is { } where)
                {
                    var context = await FilterContextAsync(c, filter, where).ConfigureAwait(false);
                    var predicate = FilterTranslator.Build(filter, where, context);
                    source = source.Where(predicate);
                    pageFilter = new PageFilter<T>(FilterTranslator.Shape(filter, where), predicate);
                }

                // The parts are built only with the page's query (not when a reusable query answers it).
                VisibleParts<T>? Parts() =>
                    pageFilter?.Predicate is { } p ? visibleParts!(c).Where(p) : visibleParts!(c);

                var order = SortTranslator.Build(sort, c.GetArgument<List<Dictionary<string, object?>>?>("order"));
                var paging = c.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value;
                var arguments = PagingArguments.From(c);
                return await KeysetPager.PageAsync(
                    source, order, arguments, paging, c.CancellationToken, visibleParts is null ? null : Parts,
                    read?.Invoke(c, order), pageFilter)
                    .ConfigureAwait(false);
            });
    }

    // The viewer's team is read only when a filter field needs its time zone (one query, and only then).
    internal static async Task<FilterContext> FilterContextAsync<T>(
        IResolveFieldContext c, FilterSpec<T> filter, IDictionary<string, object?> where)
    {
        var services = c.RequestServices!;
        var db = services.GetRequiredService<CrmDbContext>();
        var needsTeam = filter.Fields.Where(f => f.NeedsTeam).Select(f => f.Name).ToHashSet();
        var team = needsTeam.Count > 0 && FilterTranslator.Mentions(where, needsTeam.Contains)
            ? await db.Teams.AsNoTracking()
                .SingleAsync(t => t.Id == c.Viewer().TeamId, c.CancellationToken)
                .ConfigureAwait(false)
            : null;
        return new FilterContext(db, services.GetRequiredService<TimeProvider>().GetUtcNow(), team);
    }
}
