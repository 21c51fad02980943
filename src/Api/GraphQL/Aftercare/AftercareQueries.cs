using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Filtering;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Sorting;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Care;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Retention;
using CrmGraph.Domain.Service;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>
/// The after-sale lists: service and complaints, care, surveys, feedback, win-backs — all through the customer's
/// visibility.
/// </summary>
public static class AftercareQueries
{
    public static readonly FilterSpec<ServiceRecord> ServiceFilter = new FilterSpec<ServiceRecord>(
        "ServiceRecordFilterInput", "Conditions on service records. 服务记录筛选。")
        .Reference("customerId", s => s.CustomerId, "Customer", "The customer. 客户。")
        .Reference("ownerId", s => s.OwnerId, "User", "Who handles it. 负责人。")
        .Choice<ServiceType, ServiceTypeType>("type", s => s.Type, "服务类型 (COMPLAINT for 投诉).")
        .Choice<ServiceStatus, ServiceStatusType>("status", s => s.Status, "Service status. 服务状态。")
        .Instant("requestedAt", s => s.RequestedAt, "When it was requested. 请求时间。")
        .Text("content", s => s.Content, "Service content. 服务内容。");

    public static readonly SortSpec<ServiceRecord> ServiceSort = new SortSpec<ServiceRecord>(
        "ServiceRecordSortInput", SortKey.By("id", (ServiceRecord s) => s.Id).Selector,
            [SortKey.By("requestedAt", (ServiceRecord s) => s.RequestedAt, descending: true), SortKey.By(
                "id", (ServiceRecord s) => s.Id, descending: true)])
        .By("requestedAt", s => s.RequestedAt, "Requested at (the default, newest first). 按请求时间排序（默认，最新在前）。");

    public static readonly FilterSpec<CareAction> CareFilter = new FilterSpec<CareAction>(
        "CareActionFilterInput", "Conditions on care actions. 关怀筛选。")
        .Reference("customerId", a => a.CustomerId, "Customer", "The customer. 客户。")
        .Reference("ownerId", a => a.OwnerId, "User", "Who did it. 执行人。")
        .Choice<CareKind, CareKindType>("kind", a => a.Kind, "Kind of care action. 关怀类型。")
        .Instant("doneAt", a => a.DoneAt, "When. 时间。");

    public static readonly SortSpec<CareAction> CareSort = new SortSpec<CareAction>(
        "CareActionSortInput", SortKey.By("id", (CareAction a) => a.Id).Selector,
            [SortKey.By("doneAt", (CareAction a) => a.DoneAt, descending: true), SortKey.By(
                "id", (CareAction a) => a.Id, descending: true)])
        .By("doneAt", a => a.DoneAt, "When (the default, newest first). 按时间排序（默认，最新在前）。");

    public static readonly FilterSpec<SatisfactionSurvey> SurveyFilter = new FilterSpec<SatisfactionSurvey>(
        "SatisfactionSurveyFilterInput", "Conditions on surveys. 满意度筛选。")
        .Reference("customerId", s => s.CustomerId, "Customer", "The customer. 客户。")
        .Reference("ownerId", s => s.OwnerId, "User", "The salesperson. 业务员。")
        .Number("score", s => s.Score, "Score, 1–5. 评分，1–5 分。")
        .Instant("answeredAt", s => s.AnsweredAt, "When. 时间。");

    public static readonly SortSpec<SatisfactionSurvey> SurveySort = new SortSpec<SatisfactionSurvey>(
        "SatisfactionSurveySortInput", SortKey.By("id", (SatisfactionSurvey s) => s.Id).Selector,
            [SortKey.By("answeredAt", (SatisfactionSurvey s) => s.AnsweredAt, descending: true), SortKey.By(
                "id", (SatisfactionSurvey s) => s.Id, descending: true)])
        .By("answeredAt", s => s.AnsweredAt, "When (the default, newest first). 按时间排序（默认，最新在前）。")
        .By("score", s => s.Score, "Score. 评分。");

    public static readonly FilterSpec<Feedback> FeedbackFilter = new FilterSpec<Feedback>(
        "FeedbackFilterInput", "Conditions on feedback. 反馈筛选。")
        .Reference("customerId", f => f.CustomerId, "Customer", "The customer. 客户。")
        .Reference("ownerId", f => f.OwnerId, "User", "The salesperson. 业务员。")
        .Choice<FeedbackCategory, FeedbackCategoryType>("category", f => f.Category, "Feedback category. 反馈类别。")
        .Flag("forProductDepartment", f => f.ForProductDepartment, "Meant for the product department. 转产品部门。")
        .Instant("receivedAt", f => f.ReceivedAt, "When. 时间。")
        .Text("content", f => f.Content, "Feedback content. 反馈内容。");

    public static readonly SortSpec<Feedback> FeedbackSort = new SortSpec<Feedback>(
        "FeedbackSortInput", SortKey.By("id", (Feedback f) => f.Id).Selector,
            [SortKey.By("receivedAt", (Feedback f) => f.ReceivedAt, descending: true), SortKey.By(
                "id", (Feedback f) => f.Id, descending: true)])
        .By("receivedAt", f => f.ReceivedAt, "When (the default, newest first). 按时间排序（默认，最新在前）。");

    public static readonly FilterSpec<WinBackAttempt> WinBackFilter = new FilterSpec<WinBackAttempt>(
        "WinBackAttemptFilterInput", "Conditions on win-back attempts. 挽回筛选。")
        .Reference("customerId", w => w.CustomerId, "Customer", "The customer. 客户。")
        .Reference("ownerId", w => w.OwnerId, "User", "The salesperson. 业务员。")
        .Choice<WinBackOutcome, WinBackOutcomeType>("outcome", w => w.Outcome, "Win-back outcome. 挽回效果。")
        .Instant("startedAt", w => w.StartedAt, "When it started. 开始时间。");

    public static readonly SortSpec<WinBackAttempt> WinBackSort = new SortSpec<WinBackAttempt>(
        "WinBackAttemptSortInput", SortKey.By("id", (WinBackAttempt w) => w.Id).Selector,
            [SortKey.By("startedAt", (WinBackAttempt w) => w.StartedAt, descending: true), SortKey.By(
                "id", (WinBackAttempt w) => w.Id, descending: true)])
        .By("startedAt", w => w.StartedAt, "When it started (the default, newest first). 按开始时间排序（默认，最新在前）。");

    public static void AddAftercareQueries(this ObjectGraphType query)
    {
        query.AddConnection<ServiceRecord, ServiceRecordsConnectionType>(
            "serviceRecords", "Service requests and complaints you may see, newest first. 客户服务记录。",
            ServiceFilter, ServiceSort, typeof(ServiceRecordFilterInputType), typeof(ServiceRecordSortInputType), c =>
                Visible(c, db => db.ServiceRecords),
            c => VisibleParts(c, db => db.ServiceRecords));
        query.AddConnection<CareAction, CareActionsConnectionType>(
            "careActions", "Care actions you may see, newest first. 客户关怀记录。",
            CareFilter, CareSort, typeof(CareActionFilterInputType), typeof(CareActionSortInputType), c =>
                Visible(c, db => db.CareActions),
            c => VisibleParts(c, db => db.CareActions));
        query.AddConnection<SatisfactionSurvey, SatisfactionSurveysConnectionType>(
            "satisfactionSurveys", "Satisfaction surveys you may see, newest first. 满意度调研。",
            SurveyFilter, SurveySort, typeof(SatisfactionSurveyFilterInputType), typeof(
                SatisfactionSurveySortInputType), c => Visible(c, db => db.SatisfactionSurveys),
            c => VisibleParts(c, db => db.SatisfactionSurveys));
        query.AddConnection<Feedback, CustomerFeedbackConnectionType>(
            "customerFeedback", "Customer feedback you may see, newest first. 客户反馈。",
            FeedbackFilter, FeedbackSort, typeof(FeedbackFilterInputType), typeof(FeedbackSortInputType), c =>
                Visible(c, db => db.Feedback),
            c => VisibleParts(c, db => db.Feedback));
        query.AddConnection<WinBackAttempt, WinBackAttemptsConnectionType>(
            "winBackAttempts", "Win-back attempts you may see, newest first. 客户挽回。",
            WinBackFilter, WinBackSort, typeof(WinBackAttemptFilterInputType), typeof(WinBackAttemptSortInputType), c =>
                Visible(c, db => db.WinBackAttempts),
            c => VisibleParts(c, db => db.WinBackAttempts));
    }

    public static IQueryable<T> Visible<T>(IResolveFieldContext c, Func<CrmDbContext, DbSet<T>> set)
        where T : class, ICustomerRecord
    {
        var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
        return VisibilityScope.CustomerRecords(set(db).AsNoTracking(), db.Customers, c.Viewer());
    }

    public static VisibleParts<T> VisibleParts<T>(IResolveFieldContext c, Func<CrmDbContext, DbSet<T>> set)
        where T : Domain.Common.AggregateRoot, ICustomerRecord
    {
        var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
        return VisibilityScope.CustomerRecordParts(set(db).AsNoTracking(), db.Customers, c.Viewer());
    }
}

public sealed class ServiceRecordFilterInputType() : FilterInputType<ServiceRecord>(AftercareQueries.ServiceFilter);

public sealed class ServiceRecordSortInputType() : SortInputType<ServiceRecord>(AftercareQueries.ServiceSort);

public sealed class ServiceRecordsConnectionType() : NamedConnectionType<ServiceRecord, ServiceRecordType>(
    "serviceRecords", new ServiceRecordsEdgeType());

public sealed class ServiceRecordsEdgeType() : NamedEdgeType<ServiceRecord, ServiceRecordType>("serviceRecords");

public sealed class CareActionFilterInputType() : FilterInputType<CareAction>(AftercareQueries.CareFilter);

public sealed class CareActionSortInputType() : SortInputType<CareAction>(AftercareQueries.CareSort);

public sealed class CareActionsConnectionType() : NamedConnectionType<CareAction, CareActionType>(
    "careActions", new CareActionsEdgeType());

public sealed class CareActionsEdgeType() : NamedEdgeType<CareAction, CareActionType>("careActions");

public sealed class SatisfactionSurveyFilterInputType() : FilterInputType<SatisfactionSurvey>(
    AftercareQueries.SurveyFilter);

public sealed class SatisfactionSurveySortInputType() : SortInputType<SatisfactionSurvey>(AftercareQueries.SurveySort);

public sealed class SatisfactionSurveysConnectionType()
    : NamedConnectionType<SatisfactionSurvey, SatisfactionSurveyType>(
        "satisfactionSurveys", new SatisfactionSurveysEdgeType());

public sealed class SatisfactionSurveysEdgeType() : NamedEdgeType<SatisfactionSurvey, SatisfactionSurveyType>(
    "satisfactionSurveys");

public sealed class FeedbackFilterInputType() : FilterInputType<Feedback>(AftercareQueries.FeedbackFilter);

public sealed class FeedbackSortInputType() : SortInputType<Feedback>(AftercareQueries.FeedbackSort);

public sealed class CustomerFeedbackConnectionType() : NamedConnectionType<Feedback, FeedbackType>(
    "customerFeedback", new CustomerFeedbackEdgeType());

public sealed class CustomerFeedbackEdgeType() : NamedEdgeType<Feedback, FeedbackType>("customerFeedback");

public sealed class WinBackAttemptFilterInputType() : FilterInputType<WinBackAttempt>(AftercareQueries.WinBackFilter);

public sealed class WinBackAttemptSortInputType() : SortInputType<WinBackAttempt>(AftercareQueries.WinBackSort);

public sealed class WinBackAttemptsConnectionType() : NamedConnectionType<WinBackAttempt, WinBackAttemptType>(
    "winBackAttempts", new WinBackAttemptsEdgeType());

public sealed class WinBackAttemptsEdgeType() : NamedEdgeType<WinBackAttempt, WinBackAttemptType>("winBackAttempts");
