using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// 跟进计划表 / 沟通计划表 → one <see cref="FollowUpPlan.Schedule"/> per row, owned by its 负责人/跟进人 or else the
/// customer's owner. The plan keeps one text (准备内容): 下一步行动 joins it on its own labelled line. 客户反馈 becomes a
/// feedback record of the customer.
/// </summary>
public sealed class FollowUpPlanSheetImporter : CustomerRowsImporter<FollowUpPlanSheetImporter.PlanRow>
{
    private static readonly Dictionary<string, string> Fields =
        new(StringComparer.Ordinal) { ["preparedContent"] = "content", ["dueAt"] = "dueAt", ["content"] = "feedback" };

    public override SheetKind Kind => SheetKind.FollowUpPlans;

    protected override IReadOnlyDictionary<string, string> FieldColumns => Fields;

    protected override PlanRow? Read(RowCells cells, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var due = cells.Read("dueAt", t => CellDates.ParseInstant(t, zone));
        var channel = cells.Read("channel", Choices.Channel.Parse);
        var purpose = cells.Read("purpose", Choices.Purpose.Parse);
        var content = cells.Text("content", 2000);
        var nextAction = cells.Text("nextAction", 1000);
        if (nextAction is not null)
        {
            content = content is null ? "下一步行动：" + nextAction : content + "\n下一步行动：" + nextAction;
        }

        FollowUpSheetCells.Require(cells, due, "dueAt", "planned time", "计划跟进时间");
        FollowUpSheetCells.Require(cells, channel, "channel", "channel", "跟进方式");
        return due is null || channel is null ? null : new PlanRow(
            due.Value, channel.Value, purpose ?? FollowUpPurpose.Other, content)
        {
            Feedback = cells.Text("feedback", 4000),
            Owner = cells.Text("owner", 100),
        };
    }

    protected override Task<Guid> ApplyAsync(
        ImportScope scope, RowCells cells, PlanRow row, Customer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(cells);
        var ownerId = customer.OwnerOr(scope.Viewer.UserId);
        if (row.Owner is not null)
        {
            var (user, code, message, chinese) = scope.Users.Find(row.Owner);
            if (user is null)
            {
                cells.Fail("owner", code!, message!, chinese!);
                return Task.FromResult(Guid.Empty);
            }

            ownerId = user.Id;
        }

        var plan = FollowUpPlan.Schedule(
            scope.NewId(), customer.TeamId, customer.Id, ownerId, row.DueAt, row.Channel, row.Purpose, row.Content,
            scope.Now);
        scope.Db.FollowUpPlans.Add(plan);
        if (row.Feedback is { } feedback)
        {
            // The feedback was given before the plan was made; the sheet says no more precisely when.
            var category = FeedbackWords.Classify(feedback);
            scope.Db.Feedback.Add(Domain.Care.Feedback.Receive(
                scope.NewId(), customer.TeamId, customer.Id, ownerId, category, feedback, false, scope.Now));
        }

        return Task.FromResult(plan.Id);
    }

    public sealed record PlanRow(
        DateTimeOffset DueAt, FollowUpChannel Channel, FollowUpPurpose Purpose, string? Content)
    {
        public string? Feedback { get; init; }

        /// <summary>负责人 / 跟进人: who follows up.</summary>
        public string? Owner { get; init; }
    }
}

internal static class FollowUpSheetCells
{
    /// <summary>A required cell that is empty (a cell that could not be read is already reported).</summary>
    public static void Require<T>(RowCells cells, T? value, string key, string what, string chinese)
        where T : struct
    {
        if (value is null && cells.Has(key) && !cells.Errors.Any(e => e.Column == cells.Header(key)))
        {
            cells.Fail(key, "REQUIRED", $"The {what} is empty.", $"{chinese}为空。");
        }
    }
}
