using System.Linq.Expressions;
using CrmGraph.Api.GraphQL.Deals;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Expressions;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers.Reading;

/// <summary>
/// Customer reads shaped by the query (ADR-039): the customers page and <c>node</c>/<c>nodes</c> select only what
/// the selection set asks for, and hand the owner, next plan and last record (and a node read's open deals) they
/// brought along to the batch loaders of those fields, so the fields cost no statement of their own.
/// </summary>
public static class CustomerReads
{
    /// <summary>
    /// Runs a page's final query shaped by the selection under the connection field <paramref name="c"/>; the members
    /// its keyset cursor reads are always selected. A page of a shape seen before runs the query built for it then
    /// (ADR-047) instead of building its expression trees again.
    /// </summary>
    public static Func<PageQuery<Customer>, CancellationToken, Task<List<Customer>>> Page(
        IResolveFieldContext c, IEnumerable<string> keyMembers)
    {
        var fields = SelectedFields.Of(c, CustomerType.TypeName, connection: true);
        var extra = keyMembers.ToList();
        return (page, ct) => ReadAsync(
            c, new Read(fields, extra, page.Shape is null ? null : "page|" + page.Shape, page.Predicates, null, null),
            page.Build, ct);
    }

    /// <summary>
    /// Customers by id for <c>node</c>/<c>nodes</c>, visible to the viewer, shaped by the node's selection.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, object>> FindAsync(
        IResolveFieldContext c, IReadOnlyCollection<Guid> ids)
    {
        ArgumentNullException.ThrowIfNull(c);
        var fields = SelectedFields.Of(c, CustomerType.TypeName, connection: false);
        var deals = OpenDealFields(c, fields);
        var shape = deals is null ? "node" : $"node|openDeals:{string.Join(",", deals.Order(StringComparer.Ordinal))}";
        IQueryable<Customer> Build()
        {
            var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
            return VisibilityScope.Customers(db.Customers.AsNoTracking(), c.Viewer()).Where(x => ids.Contains(x.Id));
        }

        var rows = await ReadAsync(c, new Read(fields, [], shape, [], ids, deals), Build, c.CancellationToken)
            .ConfigureAwait(false);
        return rows.ToDictionary(x => x.Id, x => (object)x);
    }

    /// <summary>
    /// A test hook: the key under which a read of <paramref name="fields"/> by <paramref name="role"/> keeps its
    /// query (ADR-047).
    /// </summary>
    internal static string Key(Domain.Users.UserRole role, IEnumerable<string> fields, IEnumerable<string> extra,
        string shape) =>
        $"customers|{role}|{string.Join(",", fields.Order(StringComparer.Ordinal))}|{string.Join(",", extra)}|{shape}";

    private static async Task<List<Customer>> ReadAsync(
        IResolveFieldContext c, Read read, Func<IQueryable<Customer>> build, CancellationToken ct)
    {
        var services = c.RequestServices!;
        var db = services.GetRequiredService<CrmDbContext>();
        var viewer = c.Viewer();
        var templates = services.GetRequiredService<QueryTemplateCache>();
        var key = read.Shape is null ? null : Key(viewer.Role, read.Fields, read.Extra, read.Shape);
        var values = key is null ? null : Values(viewer, read);
        var known = false;
        if (key is not null)
        {
            known = templates.TryGet<QueryTemplate<CrmDbContext, CustomerRow>>(db.Model, key, out var template);
            if (template is not null)
            {
                return Rows(c, read, await template.ToListAsync(db, values!, ct).ConfigureAwait(false));
            }
        }

        var shape = CustomerShape.For(
            read.Fields, read.Extra, () => Related(c), read.OpenDeals is null ? null : OpenDeals(c, read.OpenDeals));
        var query = build();
        if (shape is null)
        {
            if (key is not null && !known)
            {
                templates.Add<QueryTemplate<CrmDbContext, CustomerRow>>(db.Model, key, null);
            }

            return await query.ToListAsync(ct).ConfigureAwait(false);
        }

        // One child table joins without multiplying rows; more are read one statement each (no cartesian product).
        var shaped = query.Select(shape.Projection);
        shaped = shape.ChildTables <= 1 ? shaped.AsSingleQuery() : shaped.AsSplitQuery();
        if (key is not null && !known)
        {
            var built = QueryTemplate.TryCreate<CrmDbContext, CustomerRow>(shaped, values!);
            templates.Add(db.Model, key, built);
            if (built is not null)
            {
                return Rows(c, read, await built.ToListAsync(db, values!, ct).ConfigureAwait(false));
            }
        }

        return Rows(c, read, await shaped.ToListAsync(ct).ConfigureAwait(false));
    }

    // In the order every read of one key lists them: the viewer, the ids asked for, the predicates' captured values.
    private static TemplateValues Values(Viewer viewer, Read read)
    {
        var values = new TemplateValues().Equal(viewer.UserId).Equal(viewer.TeamId).Guids([viewer.UserId]);
        if (read.Ids is not null)
        {
            values.Same(read.Ids);
        }

        foreach (var predicate in read.Predicates)
        {
            values.Captured(predicate);
        }

        return values;
    }

    private static List<Customer> Rows(IResolveFieldContext c, Read read, List<CustomerRow> rows)
    {
        var (owner, next, last) = (read.Fields.Contains("owner"), read.Fields.Contains("nextPlan"),
            read.Fields.Contains("lastFollowUp"));
        var deals = read.OpenDeals is null ? null : CustomerRecordFields.OpenDeals(c, read.OpenDeals);
        foreach (var row in rows)
        {
            var id = row.Customer.Id;
            if (owner && row.Customer.OwnerId is { } ownerId)
            {
                UserLoaders.Users(c).Prime(ownerId, row.Owner);
            }

            if (next)
            {
                CustomerRecordFields.NextPlans(c).Prime(id, row.NextPlan);
            }

            if (last)
            {
                CustomerRecordFields.LastRecords(c).Prime(id, row.LastRecord);
            }

            deals?.Prime(id, CustomerRecordFields.NewestFirst(row.OpenDeals ?? []));
        }

        return [.. rows.Select(r => r.Customer)];
    }

    // Shape: null when the read must be built for this request alone. Ids: those a node read asks for. OpenDeals: the
    // fields of the open deals a node read brings along, null when they are left to their batch loader.
    private sealed record Read(
        IReadOnlySet<string> Fields, IReadOnlyList<string> Extra, string? Shape,
        IReadOnlyList<Expression?> Predicates, IReadOnlyCollection<Guid>? Ids, IReadOnlySet<string>? OpenDeals);

    // A node read brings the open deals along when every selection of openDeals asks for the same known columns and
    // no other list of the customer is read (two lists would be two statements anyway: never a cartesian product).
    private static IReadOnlySet<string>? OpenDealFields(IResolveFieldContext c, IReadOnlySet<string> fields)
    {
        if (!fields.Contains("openDeals") || CustomerColumns.ReadsChildTable(fields))
        {
            return null;
        }

        var selections = SelectedFields.Below(c, CustomerType.TypeName, "openDeals", DealType.TypeName);
        return selections.Count > 0 && selections.All(s => s.SetEquals(selections[0]))
            && DealShape.For(selections[0]) is not null ? selections[0] : null;
    }

    // A deal is visible exactly when its customer is, and the customer of each row is; newest first is set in C#.
    private static Expression<Func<Customer, List<Deal>>> OpenDeals(IResolveFieldContext c, IReadOnlySet<string> fields)
    {
        var deals = c.RequestServices!.GetRequiredService<CrmDbContext>().Deals.AsNoTracking();
        Expression<Func<Customer, IQueryable<Deal>>> open =
            x => deals.Where(d => d.CustomerId == x.Id && d.Status == DealStatus.Open);
        var selected = Expression.Call(
            typeof(Queryable), nameof(Queryable.Select), [typeof(Deal), typeof(Deal)], open.Body,
            Expression.Quote(DealShape.For(fields)!));
        var list = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(Deal)], selected);
        return Expression.Lambda<Func<Customer, List<Deal>>>(list, open.Parameters);
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
