using System.Linq.Expressions;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Nodes;

/// <summary>
/// Refetches a part of a customer's archive (a contact, a key date, an issue, a purchase) by id: visible exactly when
/// its customer is, found through the same visibility-scoped customer query.
/// </summary>
public sealed class CustomerPartNodeSource<TPart>(
    string typeName, Expression<Func<Customer, IEnumerable<TPart>>> parts, Func<TPart, Guid> idOf) : INodeSource
{
    public string TypeName { get; } = typeName;

    public async Task<IReadOnlyDictionary<Guid, object>> FindAsync(
        CrmDbContext db, Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var customers = await VisibilityScope.Customers(db.Customers.AsNoTracking(), viewer).Where(
            HasAnyOf(ids)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var compiled = parts.Compile();
        return customers.SelectMany(compiled).Where(p => ids.Contains(idOf(p))).ToDictionary(idOf, p => (object)p!);
    }

    // customer => customer.Parts.Any(p => ids.Contains(p.Id)), built once per lookup so EF translates it.
    private Expression<Func<Customer, bool>> HasAnyOf(IReadOnlyCollection<Guid> ids)
    {
        var part = Expression.Parameter(typeof(TPart), "part");
        var wanted = ids.ToList();
        var contains = Expression.Call(
            Expression.Constant(wanted), typeof(List<Guid>).GetMethod(nameof(List<Guid>.Contains))!,
            Expression.Property(part, "Id"));
        var any = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Any), [typeof(TPart)], parts.Body, Expression.Lambda<Func<TPart,
            bool>>(contains, part));
        return Expression.Lambda<Func<Customer, bool>>(any, parts.Parameters);
    }
}
