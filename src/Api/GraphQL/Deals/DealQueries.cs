using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Filtering;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Sorting;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Deals;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Deals;

public static class DealQueries
{
    public static readonly FilterSpec<Deal> Filter = new FilterSpec<Deal>(
        "DealFilterInput", "Conditions on deals. 商机筛选。")
        .Reference("id", d => d.Id, DealType.TypeName, "The deal's id. 商机 id。")
        .Reference("customerId", d => d.CustomerId, CustomerType.TypeName, "The customer. 客户。")
        .Reference("ownerId", d => d.OwnerId, "User", "The owner. 负责人。")
        .Choice<DealStatus, DealStatusType>("status", d => d.Status, "Status. 状态。")
        .Money("amount", d => d.Amount, "Amount. 金额。")
        .Instant("openedAt", d => d.OpenedAt, "Opened at. 商机创建时间。")
        .Text("product", d => d.Product, "Product or service. 产品或服务。");

    public static readonly SortSpec<Deal> Sort = new SortSpec<Deal>(
        "DealSortInput", SortKey.By("id", (Deal d) => d.Id).Selector,
            [SortKey.By("openedAt", (Deal d) => d.OpenedAt, descending: true), SortKey.By(
                "id", (Deal d) => d.Id, descending: true)])
        .By("openedAt", d => d.OpenedAt, "Opened at (the default, newest first). 按商机创建时间排序（默认，最新在前）。")
        .By("amount", d => d.Amount, "Amount. 金额。");

    public static void AddDealQueries(this ObjectGraphType query) =>
        query.AddConnection<Deal, DealsConnectionType>(
            "deals", "Deals you may see, newest first. 商机。", Filter, Sort, typeof(DealFilterInputType), typeof(
                DealSortInputType),
            c =>
            {
                var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
                return VisibilityScope.Deals(db.Deals.AsNoTracking(), db.Customers, c.Viewer());
            },
            c =>
            {
                var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
                return VisibilityScope.CustomerRecordParts(db.Deals.AsNoTracking(), db.Customers, c.Viewer());
            });
}

public sealed class DealFilterInputType() : FilterInputType<Deal>(DealQueries.Filter);

public sealed class DealSortInputType() : SortInputType<Deal>(DealQueries.Sort);

public sealed class DealsConnectionType() : NamedConnectionType<Deal, DealType>("deals", new DealsEdgeType());

public sealed class DealsEdgeType() : NamedEdgeType<Deal, DealType>("deals");
