using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Filtering;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Sorting;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.FollowUps;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.FollowUps;

public static class FollowUpQueries
{
    public static readonly FilterSpec<FollowUpPlan> PlanFilter = new FilterSpec<FollowUpPlan>(
        "FollowUpPlanFilterInput", "Conditions on follow-up plans. 跟进计划筛选。")
        .Reference("id", p => p.Id, FollowUpPlanType.TypeName, "The plan's id. 跟进计划 id。")
        .Reference("customerId", p => p.CustomerId, CustomerType.TypeName, "The customer. 客户。")
        .Reference("ownerId", p => p.OwnerId, "User", "Who follows up. 跟进人。")
        .Instant("dueAt", p => p.DueAt, "计划跟进时间 (overdue: `{ status: { eq: PLANNED }, dueAt: { lt: now } }`).")
        .Choice<FollowUpPlanStatus, FollowUpPlanStatusType>("status", p => p.Status, "Status. 状态。")
        .Choice<FollowUpChannel, FollowUpChannelType>("channel", p => p.Channel, "Follow-up channel. 跟进方式。");

    public static readonly SortSpec<FollowUpPlan> PlanSort = new SortSpec<FollowUpPlan>(
        "FollowUpPlanSortInput", SortKey.By("id", (FollowUpPlan p) => p.Id).Selector,
            [SortKey.By("dueAt", (FollowUpPlan p) => p.DueAt), SortKey.By("id", (FollowUpPlan p) => p.Id)])
        .By("dueAt", p => p.DueAt, "Due time (the default, earliest first). 按计划跟进时间排序（默认，最早在前）。");

    public static readonly FilterSpec<FollowUpRecord> RecordFilter = new FilterSpec<FollowUpRecord>(
        "FollowUpRecordFilterInput", "Conditions on follow-up records. 跟进记录筛选。")
        .Reference("id", r => r.Id, FollowUpRecordType.TypeName, "The record's id. 跟进记录 id。")
        .Reference("customerId", r => r.CustomerId, CustomerType.TypeName, "The customer. 客户。")
        .Reference("ownerId", r => r.OwnerId, "User", "Who followed up. 跟进人。")
        .Instant("happenedAt", r => r.HappenedAt, "When the follow-up happened. 跟进时间。")
        .Choice<FollowUpChannel, FollowUpChannelType>("channel", r => r.Channel, "Follow-up channel. 跟进方式。")
        .Text("content", r => r.Content, "What was discussed. 沟通内容。");

    public static readonly SortSpec<FollowUpRecord> RecordSort = new SortSpec<FollowUpRecord>(
        "FollowUpRecordSortInput", SortKey.By("id", (FollowUpRecord r) => r.Id).Selector,
            [SortKey.By("happenedAt", (FollowUpRecord r) => r.HappenedAt, descending: true), SortKey.By(
                "id", (FollowUpRecord r) => r.Id, descending: true)])
        .By("happenedAt", r => r.HappenedAt, "When it happened (the default, latest first). 按跟进时间排序（默认，最新在前）。");

    public static void AddFollowUpQueries(this ObjectGraphType query)
    {
        query.AddConnection<FollowUpPlan, FollowUpPlansConnectionType>(
            "followUpPlans", "Planned follow-ups you may see, earliest due first. 跟进计划。", PlanFilter, PlanSort, typeof(
                FollowUpPlanFilterInputType), typeof(FollowUpPlanSortInputType),
            c => VisibilityScope.FollowUpPlans(Db(c).FollowUpPlans.AsNoTracking(), Db(c).Customers, c.Viewer()),
            c => VisibilityScope.CustomerRecordParts(Db(c).FollowUpPlans.AsNoTracking(), Db(c).Customers, c.Viewer()));
        query.AddConnection<FollowUpRecord, FollowUpRecordsConnectionType>(
            "followUpRecords", "Follow-ups that happened, latest first. 跟进记录。", RecordFilter, RecordSort, typeof(
                FollowUpRecordFilterInputType), typeof(FollowUpRecordSortInputType),
            c => VisibilityScope.FollowUpRecords(Db(c).FollowUpRecords.AsNoTracking(), Db(c).Customers, c.Viewer()),
            c =>
                VisibilityScope.CustomerRecordParts(Db(c).FollowUpRecords.AsNoTracking(), Db(c).Customers, c.Viewer()));
    }

    private static CrmDbContext Db(global::GraphQL.IResolveFieldContext c) =>
        c.RequestServices!.GetRequiredService<CrmDbContext>();
}

public sealed class FollowUpPlanFilterInputType() : FilterInputType<FollowUpPlan>(FollowUpQueries.PlanFilter);

public sealed class FollowUpPlanSortInputType() : SortInputType<FollowUpPlan>(FollowUpQueries.PlanSort);

public sealed class FollowUpRecordFilterInputType() : FilterInputType<FollowUpRecord>(FollowUpQueries.RecordFilter);

public sealed class FollowUpRecordSortInputType() : SortInputType<FollowUpRecord>(FollowUpQueries.RecordSort);

public sealed class FollowUpPlansConnectionType() : NamedConnectionType<FollowUpPlan, FollowUpPlanType>(
    "followUpPlans", new FollowUpPlansEdgeType());

public sealed class FollowUpPlansEdgeType() : NamedEdgeType<FollowUpPlan, FollowUpPlanType>("followUpPlans");

public sealed class FollowUpRecordsConnectionType() : NamedConnectionType<FollowUpRecord, FollowUpRecordType>(
    "followUpRecords", new FollowUpRecordsEdgeType());

public sealed class FollowUpRecordsEdgeType() : NamedEdgeType<FollowUpRecord, FollowUpRecordType>("followUpRecords");
