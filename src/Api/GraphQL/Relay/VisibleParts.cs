using System.Linq.Expressions;

namespace CrmGraph.Api.GraphQL.Relay;

/// <summary>
/// A list's visible rows as disjoint parts whose union is the visible set, over the unscoped <paramref name="Rows"/>.
/// A page then takes the top rows of each part in the page's order (each an index walk) and orders their union,
/// instead of sorting everything an OR-ed visibility admits (see ADR-032). With <paramref name="UnionRows"/> the
/// parts' rows themselves are merged (flat rows without owned collections: the record lists, ADR-040); otherwise
/// the parts give ids and the rows are read again by id (the customer, whose reads are shaped by the selection).
/// With <paramref name="CountByParts"/> <c>totalCount</c> sums a count per part too, for parts that a count walks on
/// an index of their own (a supervisor's team part of a record list); otherwise it counts with the single rule.
/// </summary>
public sealed record VisibleParts<T>(
    IQueryable<T> Rows,
    IReadOnlyList<IQueryable<T>> Parts,
    Expression<Func<T, Guid>> Id,
    bool UnionRows = false,
    bool CountByParts = false)
{
    public VisibleParts<T> Where(Expression<Func<T, bool>> predicate) =>
        this with { Parts = [.. Parts.Select(p => p.Where(predicate))] };
}
