using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers.Reading;

/// <summary>
/// Customer reads shaped by the query (ADR-039): the customers page and <c>node</c>/<c>nodes</c> select only what
/// the selection set asks for, and hand the owner, next plan and last record they brought along to the batch
/// loaders of those fields, so the fields cost no statement of their own.
/// </summary>
public static class CustomerReads
{
    /// <summary>
    /// Runs a page's final query shaped by the selection under the connection field <paramref name="c"/>; the members
    /// its keyset cursor reads are always selected.
    /// </summary>
    public static Func<IQueryable<Customer>, CancellationToken, Task<List<Customer>>> Page(
        IResolveFieldContext c, IEnumerable<string> keyMembers)
    {
        var shape = CustomerShape.For(
            SelectedFields.Of(c, CustomerType.TypeName, connection: true), keyMembers, () => Related(c));
        return (query, ct) => ReadAsync(c, query, shape, ct);
    }

    /// <summary>
    /// Customers by id for <c>node</c>/<c>nodes</c>, visible to the viewer, shaped by the node's selection.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, object>> FindAsync(
        IResolveFieldContext c, IReadOnlyCollection<Guid> ids)
    {
        ArgumentNullException.ThrowIfNull(c);
        var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
        var visible = VisibilityScope.Customers(db.Customers.AsNoTracking(), c.Viewer()).Where(x => ids.Contains(x.Id));
        var shape = CustomerShape.For(
            SelectedFields.Of(c, CustomerType.TypeName, connection: false), [], () => Related(c));
        var rows = await ReadAsync(c, visible, shape, c.CancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(x => x.Id, x => (object)x);
    }

    private static async Task<List<Customer>> ReadAsync(
        IResolveFieldContext c, IQueryable<Customer> query, CustomerShape? shape, CancellationToken ct)
    {
        if (shape is null)
        {
            return await query.ToListAsync(ct).ConfigureAwait(false);
        }

        // One child table joins without multiplying rows; more are read one statement each (no cartesian product).
        var shaped = query.Select(shape.Projection);
        shaped = shape.ChildTables <= 1 ? shaped.AsSingleQuery() : shaped.AsSplitQuery();
        var rows = await shaped.ToListAsync(ct).ConfigureAwait(false);
        Prime(c, shape, rows);
        return [.. rows.Select(r => r.Customer)];
    }

    private static void Prime(IResolveFieldContext c, CustomerShape shape, List<CustomerRow> rows)
    {
        foreach (var row in rows)
        {
            var id = row.Customer.Id;
            if (shape.Owner && row.Customer.OwnerId is { } owner)
            {
                UserLoaders.Users(c).Prime(owner, row.Owner);
            }

            if (shape.NextPlan)
            {
                CustomerRecordFields.NextPlans(c).Prime(id, row.NextPlan);
            }

            if (shape.LastRecord)
            {
                CustomerRecordFields.LastRecords(c).Prime(id, row.LastRecord);
            }
        }
    }

    // Plans and records are visible exactly when their customer is, and the customer of each row is.
    private static RelatedRows Related(IResolveFieldContext c)
    {
        var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
        var users = VisibilityScope.Users(db.Users.AsNoTracking(), c.Viewer());
        var plans = db.FollowUpPlans.AsNoTracking();
        var records = db.FollowUpRecords.AsNoTracking();
        return new RelatedRows(
            x => users.FirstOrDefault(u => u.Id == x.OwnerId),
            x => plans.Where(p => p.CustomerId == x.Id && p.Status == FollowUpPlanStatus.Planned)
                .OrderBy(p => p.DueAt).ThenBy(p => p.Id).FirstOrDefault(),
            x => records.Where(r => r.CustomerId == x.Id)
                .OrderByDescending(r => r.HappenedAt).ThenByDescending(r => r.Id).FirstOrDefault());
    }
}
