using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Filtering;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Sorting;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.Auditing;
using CrmGraph.Api.Visibility;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Audit;

public static class AuditQueries
{
    public static readonly FilterSpec<AuditEntry> Filter = new FilterSpec<AuditEntry>(
        "AuditEntryFilterInput", "Conditions on audit entries. 审计筛选。")
        .OptionalReference("customerId", a => a.CustomerId, "Customer", "The customer the change concerns " +
            "(per-customer history). 变更涉及的客户（查看单个客户的变更历史）。")
        .OptionalReference(
            "actorId", a => a.ActorId, "User", "Who made the change (per-user history). 操作人（查看单个用户的操作历史）。")
        .Text("entityType", a => a.EntityType, "The kind of record, e.g. Customer. 记录类型，例如 Customer。")
        .Choice<AuditAction, AuditActionType>("action", a => a.Action, "Created, updated or deleted. 新建、修改或删除。")
        .Instant("occurredAt", a => a.OccurredAt, "When. 时间。");

    public static readonly SortSpec<AuditEntry> Sort = new SortSpec<AuditEntry>(
        "AuditEntrySortInput", SortKey.By("id", (AuditEntry a) => a.Id).Selector,
            [SortKey.By("occurredAt", (AuditEntry a) => a.OccurredAt, descending: true), SortKey.By(
                "id", (AuditEntry a) => a.Id, descending: true)])
        .By("occurredAt", a => a.OccurredAt, "When (the default, newest first). 按时间排序（默认，最新在前）。");

    public static void AddAuditQueries(this ObjectGraphType query) =>
        query.AddConnection<AuditEntry, AuditTrailConnectionType>(
            "auditTrail", "Every saved change you may see, newest first: per customer (`where: { customerId }`) or " +
                "per user (`where: { actorId }`). 操作审计。",
            Filter, Sort, typeof(AuditEntryFilterInputType), typeof(AuditEntrySortInputType),
            c =>
            {
                var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
                return VisibilityScope.AuditEntries(db.AuditEntries.AsNoTracking(), db.Customers, c.Viewer());
            });
}

public sealed class AuditEntryFilterInputType() : FilterInputType<AuditEntry>(AuditQueries.Filter);

public sealed class AuditEntrySortInputType() : SortInputType<AuditEntry>(AuditQueries.Sort);

public sealed class AuditTrailConnectionType() : NamedConnectionType<AuditEntry, AuditEntryType>(
    "auditTrail", new AuditTrailEdgeType());

public sealed class AuditTrailEdgeType() : NamedEdgeType<AuditEntry, AuditEntryType>("auditTrail");
