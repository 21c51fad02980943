using CrmGraph.Api.GraphQL.Batching;
using CrmGraph.Api.GraphQL.Customers.Reading;
using CrmGraph.Api.GraphQL.Deals;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.FollowUps;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>
/// A customer's follow-ups and deals, each loaded for the whole page of customers in one SQL command per field
/// (request-scoped batch loaders), through the same visibility scope as the root lists.
/// </summary>
public static class CustomerRecordFields
{
    public static void AddRecordFields(this ObjectGraphType<Customer> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<FollowUpPlanType>("nextPlan")
            .Description("The earliest planned follow-up (下次跟进); null when none is planned.")
            .Resolve(c => NextPlans(c).Load(c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FollowUpPlanType>>>>("plannedFollowUps")
            .Description("Follow-ups still planned, soonest first (跟进计划).")
            .Resolve(c => PlannedOf(c).Then(plans => (IEnumerable<FollowUpPlan>)(plans ?? [])));
        type.Field<FollowUpRecordType>("lastFollowUp")
            .Description("The most recent follow-up that happened (最近跟进); null when none.")
            .Resolve(c => LastRecords(c).Load(c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DealType>>>>("openDeals")
            .Description("Deals still open (进行中的商机), newest first.")
            .Resolve(c => DealsOf(c, "customer.openDeals", open: true).Then(deals => (IEnumerable<Deal>)(deals ?? [])));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DealType>>>>("deals")
            .Description("All the customer's deals (商机), newest first.")
            .Resolve(c => DealsOf(c, "customer.deals", open: false).Then(deals => (IEnumerable<Deal>)(deals ?? [])));
    }

    /// <summary>
    /// The earliest planned follow-up of each customer, chosen in SQL (primed by page reads that bring it).
    /// </summary>
    public static BatchLoader<Guid, FollowUpPlan> NextPlans(IResolveFieldContext c) =>
        RequestLoaders.Of(c).For<Guid, FollowUpPlan>("customer.nextPlan", async (ids, ct) =>
        {
            var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
            var planned = db.FollowUpPlans.Where(p => p.Status == FollowUpPlanStatus.Planned);
            var earliest = await VisibilityScope.FollowUpPlans(
                db.FollowUpPlans.AsNoTracking(), db.Customers, c.Viewer())
                .Where(p => ids.Contains(p.CustomerId) && p.Status == FollowUpPlanStatus.Planned
                    && p.DueAt == planned.Where(x => x.CustomerId == p.CustomerId).Min(x => x.DueAt))
                .OrderBy(p => p.Id) // ties broken in SQL's order of ids, as the page statement does
                .ToListAsync(ct).ConfigureAwait(false);
            return earliest.GroupBy(p => p.CustomerId).ToDictionary(g => g.Key, g => g.First());
        });

    /// <summary>The latest record of each customer (primed by page reads that bring it).</summary>
    public static BatchLoader<Guid, FollowUpRecord> LastRecords(IResolveFieldContext c) =>
        RequestLoaders.Of(c)
            .For<Guid, FollowUpRecord>("customer.lastFollowUp", (ids, ct) => LastRecordsAsync(c, ids, ct));

    private static IDataLoaderResult<List<FollowUpPlan>?> PlannedOf(IResolveFieldContext<Customer> c) =>
        RequestLoaders.Of(c).For<Guid, List<FollowUpPlan>>("customer.plannedFollowUps", async (ids, ct) =>
        {
            var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
            var plans = await VisibilityScope.FollowUpPlans(db.FollowUpPlans.AsNoTracking(), db.Customers, c.Viewer())
                .Where(p => ids.Contains(p.CustomerId) && p.Status == FollowUpPlanStatus.Planned)
                .ToListAsync(ct).ConfigureAwait(false);
            return plans.GroupBy(p => p.CustomerId)
                .ToDictionary(g => g.Key, g => g.OrderBy(p => p.DueAt).ThenBy(p => p.Id).ToList());
        }).Load(c.Source.Id);

    /// <summary>
    /// The open deals of each customer for one selection of <c>openDeals</c> (primed by a node read that brings them).
    /// </summary>
    public static BatchLoader<Guid, List<Deal>> OpenDeals(IResolveFieldContext c, IReadOnlySet<string> dealFields) =>
        DealsLoader(c, "customer.openDeals", dealFields, open: true);

    /// <summary>A customer's deals in the order both fields list them: newest first, ties by id.</summary>
    public static List<Deal> NewestFirst(IEnumerable<Deal> deals) =>
        [.. deals.OrderByDescending(d => d.OpenedAt).ThenByDescending(d => d.Id)];

    private static IDataLoaderResult<List<Deal>?> DealsOf(IResolveFieldContext<Customer> c, string loader, bool open) =>
        DealsLoader(c, loader, SelectedFields.Of(c, DealType.TypeName, connection: false), open).Load(c.Source.Id);

    // Open deals are filtered in SQL: a customer's closed history is not read for openDeals. Only the selected
    // columns are read (DealShape); a loader per selection, so two selections of the field never share rows.
    private static BatchLoader<Guid, List<Deal>> DealsLoader(
        IResolveFieldContext c, string loader, IReadOnlySet<string> fields, bool open)
    {
        var projection = DealShape.For(fields);
        var name = projection is null ? loader : $"{loader}|{string.Join(",", fields.Order(StringComparer.Ordinal))}";
        return RequestLoaders.Of(c).For<Guid, List<Deal>>(name, async (ids, ct) =>
        {
            var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
            var visible = VisibilityScope.Deals(db.Deals.AsNoTracking(), db.Customers, c.Viewer())
                .Where(d => ids.Contains(d.CustomerId) && (!open || d.Status == DealStatus.Open));
            var deals = await (projection is null ? visible : visible.Select(projection))
                .ToListAsync(ct).ConfigureAwait(false);
            return deals.GroupBy(d => d.CustomerId).ToDictionary(g => g.Key, NewestFirst);
        });
    }

    // The latest record of each customer, chosen in SQL (a correlated MAX), so a long history is not loaded.
    private static async Task<IDictionary<Guid, FollowUpRecord>> LastRecordsAsync(
        IResolveFieldContext c, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
        var records = VisibilityScope.FollowUpRecords(db.FollowUpRecords.AsNoTracking(), db.Customers, c.Viewer());
        var latest = await records
            .Where(r => ids.Contains(r.CustomerId) && r.HappenedAt == db.FollowUpRecords.Where(
                x => x.CustomerId == r.CustomerId).Max(x => x.HappenedAt))
            .OrderByDescending(r => r.Id) // ties broken in SQL's order of ids, as the page statement does
            .ToListAsync(ct).ConfigureAwait(false);
        return latest.GroupBy(r => r.CustomerId).ToDictionary(g => g.Key, g => g.First());
    }
}
