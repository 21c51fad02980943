using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.Idempotency;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Teams;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.FollowUps;

public static class FollowUpMutations
{
    public static void AddFollowUpMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<FollowUpPlanType>(
            "planFollowUp", "plan", "Plans a follow-up for a due time. 新建跟进计划。",
            i => i.Customer().Instant("dueAt", "When to follow up. 计划跟进时间。", required: true).Choice("channel", "FollowUpChannel", "Follow-up channel. 跟进方式。").Choice("purpose", "FollowUpPurpose", "Purpose of the follow-up. 沟通目的。").Text("preparedContent", "Prepared content. 准备内容。").IdempotencyKey(),
            (c, input) => CustomerRecordCreation.CreateAsync(c, input, "planFollowUp", (customer, x, _) => Task.FromResult(
                FollowUpPlan.Schedule(x.NewId(), customer.TeamId, customer.Id, customer.OwnerId ?? x.Viewer.UserId, Required(input.Instant("dueAt"), "dueAt"), input.Choice<FollowUpChannel>("channel")!.Value, input.Choice<FollowUpPurpose>("purpose")!.Value, input.Text("preparedContent"), x.Now))));

        mutation.AddMutation<RecordFollowUpResultType>(
            "recordFollowUp", "recorded",
            "Records a follow-up that happened; completes the plan it fulfils and schedules the next one (from nextFollowUpAt or the team's cadence). 记录跟进。",
            i => i.Customer().Id("planId", "The plan this follow-up fulfils. 本次跟进完成的跟进计划。", required: false).Id("contactId", "The contact spoken to. 沟通的联系人。", required: false)
                .Instant("happenedAt", "When it happened; defaults to now (the moment the server records it). 跟进时间, 默认为当前时间。").Choice("channel", "FollowUpChannel", "Follow-up channel. 跟进方式。").Choice("purpose", "FollowUpPurpose", "Purpose of the follow-up. 沟通目的。")
                .Text("content", "What was discussed. 沟通内容。", required: true).Text("customerFeedback", "Customer feedback. 客户反馈。").Text("result", "Result of the follow-up. 跟进结果。").Text("nextAction", "Next action. 下一步行动。").Instant("nextFollowUpAt", "下次跟进时间; the cadence decides when empty.")
                .IdempotencyKey(),
            (c, input) => RecordOnceAsync(c, input, (guard, key, request) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), async (customer, x, db) =>
            {
                var details = new FollowUpDetails(input.Instant("happenedAt") ?? x.Now, input.Choice<FollowUpChannel>("channel")!.Value, input.Choice<FollowUpPurpose>("purpose")!.Value,
                    input.Text("content")!, input.Text("customerFeedback"), input.Text("result"), input.Text("nextAction"), input.Instant("nextFollowUpAt"), input.OptionalId("contactId", "Contact"));
                var plan = input.OptionalId("planId", FollowUpPlanType.TypeName) is { } planId
                    ? await db.FollowUpPlans.SingleOrDefaultAsync(p => p.Id == planId && p.CustomerId == customer.Id, c.CancellationToken).ConfigureAwait(false) ?? throw new NotFoundException("planId", "follow-up plan")
                    : null;
                var sameDay = await RecordsOnLocalDayAsync(db, x.Team, customer.Id, details.HappenedAt, c.CancellationToken).ConfigureAwait(false);
                var recorded = FollowUpRecording.Record(customer, x.Team, plan, sameDay, x.NewId(), x.NewId(), x.Viewer.UserId, details, x.Now);
                db.FollowUpRecords.Add(recorded.Record);
                db.FollowUpPlans.Add(recorded.NextPlan);
                guard.Remember(x.Viewer.UserId, RecordOperation, key, request, recorded.Record.Id);
                guard.Remember(x.Viewer.UserId, NextPlanOperation, key, request, recorded.NextPlan.Id);
                return new RecordFollowUpResult(recorded.Record, recorded.NextPlan, recorded.BeyondDailyCap);
            })));

        mutation.AddMutation<FollowUpPlanType>(
            "rescheduleFollowUp", "plan", "Moves a planned follow-up to another time, with a reason. 跟进改期。",
            i => i.Target("planId", "The plan. 跟进计划。").Instant("dueAt", "The new due time. 新的计划跟进时间。", required: true).Text("reason", "Why (required). 原因（必填）。", required: true),
            (c, input) => PlanChangeAsync(c, input.Id("planId", FollowUpPlanType.TypeName), (plan, now) => plan.Reschedule(Required(input.Instant("dueAt"), "dueAt"), input.Text("reason")!, now)));

        mutation.AddMutation<FollowUpPlanType>(
            "cancelFollowUp", "plan", "Cancels a planned follow-up, with a reason. 取消跟进计划。",
            i => i.Target("planId", "The plan. 跟进计划。").Text("reason", "Why (required). 原因（必填）。", required: true),
            (c, input) => PlanChangeAsync(c, input.Id("planId", FollowUpPlanType.TypeName), (plan, now) => plan.Cancel(input.Text("reason")!, now)));
    }

    private const string RecordOperation = "recordFollowUp";
    private const string NextPlanOperation = "recordFollowUp.nextPlan";

    // recordFollowUp at most once per idempotency key: a retry answers with the record and next plan made the first time.
    private static async Task<object?> RecordOnceAsync(global::GraphQL.IResolveFieldContext c, InputValues input, Func<IdempotencyGuard, string?, object, Task<object?>> record)
    {
        var services = c.RequestServices!;
        var guard = services.GetRequiredService<IdempotencyGuard>();
        var db = services.GetRequiredService<CrmDbContext>();
        var viewer = c.Viewer();
        var key = input.Text("idempotencyKey");
        var request = c.Arguments!["input"].Value!;
        if (await EarlierAsync().ConfigureAwait(false) is { } earlier)
        {
            return earlier;
        }

        try
        {
            return await record(guard, key, request).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (key is not null && IdempotencyGuard.IsDuplicateKey(ex))
        {
            db.ChangeTracker.Clear();
            return await EarlierAsync().ConfigureAwait(false);
        }

        async Task<RecordFollowUpResult?> EarlierAsync()
        {
            if (await guard.FindEarlierAsync(viewer.UserId, RecordOperation, key, request, c.CancellationToken).ConfigureAwait(false) is not { } recordId)
            {
                return null;
            }

            var planId = await guard.FindEarlierAsync(viewer.UserId, NextPlanOperation, key, request, c.CancellationToken).ConfigureAwait(false);
            var earlierRecord = await VisibilityScope.FollowUpRecords(db.FollowUpRecords.AsNoTracking(), db.Customers, viewer).SingleAsync(r => r.Id == recordId, c.CancellationToken).ConfigureAwait(false);
            var nextPlan = await VisibilityScope.FollowUpPlans(db.FollowUpPlans.AsNoTracking(), db.Customers, viewer).SingleAsync(p => p.Id == planId, c.CancellationToken).ConfigureAwait(false);
            return new RecordFollowUpResult(earlierRecord, nextPlan, earlierRecord.BeyondDailyCap);
        }
    }

    private static async Task<object?> PlanChangeAsync(global::GraphQL.IResolveFieldContext c, Guid planId, Action<FollowUpPlan, DateTimeOffset> change)
    {
        var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
        var customerId = await db.FollowUpPlans.Where(p => p.Id == planId).Select(p => (Guid?)p.CustomerId).SingleOrDefaultAsync(c.CancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("planId", "follow-up plan");
        return await CustomerChange.ApplyToRecordAsync(c, customerId, async (_, x, context) =>
        {
            var plan = await context.FollowUpPlans.SingleAsync(p => p.Id == planId, c.CancellationToken).ConfigureAwait(false);
            ExpectedVersion.Check(c, plan);
            change(plan, x.Now);
            return plan;
        }).ConfigureAwait(false);
    }

    // The daily cap counts records by the local day (team time zone) on which the contact happened.
    private static Task<int> RecordsOnLocalDayAsync(CrmDbContext db, Team team, Guid customerId, DateTimeOffset happenedAt, CancellationToken cancellationToken)
    {
        var day = team.LocalDate(happenedAt);
        var start = team.StartOfLocalDay(day);
        var end = team.StartOfLocalDay(day.AddDays(1));
        return db.FollowUpRecords.CountAsync(r => r.CustomerId == customerId && r.HappenedAt >= start && r.HappenedAt < end, cancellationToken);
    }


    private static DateTimeOffset Required(DateTimeOffset? value, string field) =>
        value ?? throw new Domain.Common.DomainException("REQUIRED", $"'{field}' is required.", $"“{field}”不能为空。", field);
}
