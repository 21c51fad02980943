using System.Linq.Expressions;

namespace CrmGraph.Api.GraphQL.Relay;

/// <summary>
/// A list's visible rows as disjoint parts whose union is the visible set, over the unscoped <paramref name="Rows"/>.
/// A page then takes the top rows of each part in the page's order (each an index walk) and orders their union,
/// instead of sorting everything an OR-ed visibility admits (see ADR-032).
/// </summary>
public sealed record VisibleParts<T>(
    IQueryable<T> Rows, IReadOnlyList<IQueryable<T>> Parts, Expression<Func<T, Guid>> Id)
{
    public VisibleParts<T> Where(Expression<Func<T, bool>> predicate) =>
        this with { Parts = [.. Parts.Select(p => p.Where(predicate))] };
}
