using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Filtering;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Sorting;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Reminders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Reminders;

public static class ReminderQueries
{
    public static readonly FilterSpec<Reminder> Filter = new FilterSpec<Reminder>(
        "ReminderFilterInput", "Conditions on your reminders. 提醒筛选。")
        .Choice<ReminderKind, ReminderKindType>("kind", r => r.Kind, "Reminder kind. 提醒种类。")
        .Reference("customerId", r => r.CustomerId, "Customer", "The customer. 客户。")
        .Instant("dueAt", r => r.DueAt, "When it falls due. 到期时间。")
        .Flag("isRead", r => r.ReadAt != null, "Read. 已读。")
        .Flag("isDismissed", r => r.DismissedAt != null, "Dismissed. 已忽略。")
        .OptionalInstant("snoozedUntil", r => r.SnoozedUntil, "稍后提醒到 (null when not snoozed).");

    public static readonly SortSpec<Reminder> Sort = new SortSpec<Reminder>(
        "ReminderSortInput", SortKey.By("id", (Reminder r) => r.Id).Selector,
            [SortKey.By("dueAt", (Reminder r) => r.DueAt, descending: true), SortKey.By(
                "id", (Reminder r) => r.Id, descending: true)])
        .By("dueAt", r => r.DueAt, "When it falls due (the default, latest first). 按到期时间排序（默认，最晚在前）。")
        .By("issuedAt", r => r.IssuedAt, "When it was stored. 提醒生成时间。");

    public static void AddReminderQueries(this ObjectGraphType query) =>
        query.AddConnection<Reminder, RemindersConnectionType>(
            "reminders", "Your reminders, latest due first; `where: { isRead: { eq: false }, isDismissed: { eq: " +
                "false } }` gives the open ones. 我的提醒。",
            Filter, Sort, typeof(ReminderFilterInputType), typeof(ReminderSortInputType),
            c => VisibilityScope.Reminders(
                c.RequestServices!.GetRequiredService<CrmDbContext>().Reminders.AsNoTracking(), c.Viewer()));
}

public sealed class ReminderFilterInputType() : FilterInputType<Reminder>(ReminderQueries.Filter);

public sealed class ReminderSortInputType() : SortInputType<Reminder>(ReminderQueries.Sort);

public sealed class RemindersConnectionType() : NamedConnectionType<Reminder, ReminderType>(
    "reminders", new RemindersEdgeType());

public sealed class RemindersEdgeType() : NamedEdgeType<Reminder, ReminderType>("reminders");
