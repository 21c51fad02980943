using System.ComponentModel;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Teams;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.FollowUps;

/// <summary>The input of <c>recordFollowUp</c>; the GraphQL type <c>RecordFollowUpInput</c>.</summary>
public sealed record RecordFollowUpInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [GlobalId(FollowUpPlanType.TypeName), Description("The plan this follow-up fulfils. 本次跟进完成的跟进计划。")]
    Guid? PlanId,
    [GlobalId("Contact"), Description("The contact spoken to. 沟通的联系人。")] Guid? ContactId,
    [Description("When it happened; defaults to now (the moment the server records it). 跟进时间, 默认为当前时间。")]
    DateTimeOffset? HappenedAt,
    [Description("Follow-up channel. 跟进方式。")] FollowUpChannel Channel,
    [Description("Purpose of the follow-up. 沟通目的。")] FollowUpPurpose Purpose,
    [Description("What was discussed. 沟通内容。")] string Content,
    [Description("Customer feedback. 客户反馈。")] string? CustomerFeedback,
    [Description("Result of the follow-up. 跟进结果。")] string? Result,
    [Description("Next action. 下一步行动。")] string? NextAction,
    [Description("下次跟进时间; the cadence decides when empty.")] DateTimeOffset? NextFollowUpAt,
    [Description(InputDocs.IdempotencyKey)] string? IdempotencyKey)
{
    public FollowUpDetails Details(DateTimeOffset now) => new(
        HappenedAt ?? now, Channel, Purpose, Content, CustomerFeedback, Result, NextAction, NextFollowUpAt, ContactId);
}

/// <summary>
/// Records a follow-up that happened: completes the plan it fulfils and schedules the next one (the rules:
/// FollowUpRecording, including the daily cap counted on the team's local day).
/// </summary>
public static class RecordFollowUp
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, RecordFollowUpInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return RecordFollowUpOnce.RunAsync(context, input.IdempotencyKey, remember =>
            CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, async (customer, x, db) =>
            {
                var details = input.Details(x.Now);
                var plan = await PlanAsync(db, input.PlanId, customer.Id, context.CancellationToken)
                    .ConfigureAwait(false);
                var sameDay = await RecordsOnLocalDayAsync(db, x.Team, customer.Id, details.HappenedAt,
                    context.CancellationToken).ConfigureAwait(false);
                var recorded = FollowUpRecording.Record(
                    customer, x.Team, plan, sameDay, x.NewId(), x.NewId(), x.Viewer.UserId, details, x.Now);
                db.FollowUpRecords.Add(recorded.Record);
                db.FollowUpPlans.Add(recorded.NextPlan);
                remember(recorded.Record.Id, recorded.NextPlan.Id);
                return new RecordFollowUpResult(recorded.Record, recorded.NextPlan, recorded.BeyondDailyCap);
            }));
    }

    private static async Task<FollowUpPlan?> PlanAsync(
        CrmDbContext db, Guid? planId, Guid customerId, CancellationToken cancellationToken) =>
        planId is { } id
            ? await db.FollowUpPlans
                .SingleOrDefaultAsync(p => p.Id == id && p.CustomerId == customerId, cancellationToken)
                .ConfigureAwait(false) ?? throw new NotFoundException("planId", "follow-up plan")
            : null;

    // The daily cap counts records by the local day (team time zone) on which the contact happened.
    private static Task<int> RecordsOnLocalDayAsync(
        CrmDbContext db, Team team, Guid customerId, DateTimeOffset happenedAt, CancellationToken cancellationToken)
    {
        var day = team.LocalDate(happenedAt);
        var start = team.StartOfLocalDay(day);
        var end = team.StartOfLocalDay(day.AddDays(1));
        return db.FollowUpRecords.CountAsync(
            r => r.CustomerId == customerId && r.HappenedAt >= start && r.HappenedAt < end, cancellationToken);
    }
}
