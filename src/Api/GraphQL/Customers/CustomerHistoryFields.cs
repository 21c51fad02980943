using System.Linq.Expressions;
using CrmGraph.Api.GraphQL.Aftercare;
using CrmGraph.Api.GraphQL.Deals;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.FollowUps;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Service;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>
/// A customer's history as paged connections, batched across a page of customers (ADR-039). <c>deals</c> and
/// <c>serviceRecords</c> already exist on <c>Customer</c> as plain lists, so their connections take new names.
/// </summary>
public static class CustomerHistoryFields
{
    public static void AddHistoryFields(this ObjectGraphType<Customer> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.AddNestedConnection<Customer, FollowUpRecord, FollowUpRecordsConnectionType>(
            "followUpRecords", "The customer's follow-ups that happened, latest first, paged. 客户的跟进记录（分页）。", c => c.Id,
            Spec(
                FollowUpQueries.RecordFilter, FollowUpQueries.RecordSort, typeof(FollowUpRecordFilterInputType),
                typeof(FollowUpRecordSortInputType), db => db.FollowUpRecords, r => r.CustomerId));
        type.AddNestedConnection<Customer, FollowUpPlan, FollowUpPlansConnectionType>(
            "followUpPlans", "The customer's follow-up plans, earliest due first, paged. 客户的跟进计划（分页）。", c => c.Id,
            Spec(
                FollowUpQueries.PlanFilter, FollowUpQueries.PlanSort, typeof(FollowUpPlanFilterInputType),
                typeof(FollowUpPlanSortInputType), db => db.FollowUpPlans, p => p.CustomerId));
        type.AddNestedConnection<Customer, Deal, DealsConnectionType>(
            "dealsConnection",
            "The customer's deals as a paged connection (`deals` is the whole list). 客户的商机（分页）。",
            c => c.Id,
            Spec(
                DealQueries.Filter, DealQueries.Sort, typeof(DealFilterInputType), typeof(DealSortInputType),
                db => db.Deals, d => d.CustomerId));
        type.AddNestedConnection<Customer, ServiceRecord, ServiceRecordsConnectionType>(
            "serviceRecordsConnection", "The customer's service records as a paged connection (`serviceRecords` is " +
                "the whole list). 客户的服务记录（分页）。", c => c.Id,
            Spec(
                AftercareQueries.ServiceFilter, AftercareQueries.ServiceSort, typeof(ServiceRecordFilterInputType),
                typeof(ServiceRecordSortInputType), db => db.ServiceRecords, s => s.CustomerId));
    }

    private static NestedConnectionField.Spec<T> Spec<T>(
        Filtering.FilterSpec<T> filter, Sorting.SortSpec<T> sort, Type filterInput, Type sortInput,
        Func<CrmDbContext, DbSet<T>> set, Expression<Func<T, Guid>> customerId)
        where T : class =>
        new(filter, sort, filterInput, sortInput, c => set(Db(c)).AsNoTracking(), customerId, VisibleCustomers);

    private static IQueryable<Guid> VisibleCustomers(IResolveFieldContext c, IReadOnlyCollection<Guid> ids) =>
        VisibilityScope.Customers(Db(c).Customers, c.Viewer()).Where(x => ids.Contains(x.Id)).Select(x => x.Id);

    private static CrmDbContext Db(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<CrmDbContext>();
}
