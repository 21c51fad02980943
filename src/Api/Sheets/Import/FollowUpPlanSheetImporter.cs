using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>跟进计划表 / 沟通计划表 → one <see cref="FollowUpPlan.Schedule"/> per row, owned by the customer's owner.</summary>
public sealed class FollowUpPlanSheetImporter : CustomerRowsImporter<FollowUpPlanSheetImporter.PlanRow>
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal) { ["preparedContent"] = "content", ["dueAt"] = "dueAt" };

    public override SheetKind Kind => SheetKind.FollowUpPlans;

    protected override IReadOnlyDictionary<string, string> FieldColumns => Fields;

    protected override PlanRow? Read(RowCells cells, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var due = cells.Read("dueAt", t => CellDates.ParseInstant(t, zone));
        var channel = cells.Read("channel", Choices.Channel.Parse);
        var purpose = cells.Read("purpose", Choices.Purpose.Parse);
        var content = cells.Text("content", 2000);
        FollowUpSheetCells.Require(cells, due, "dueAt", "planned time", "计划跟进时间");
        FollowUpSheetCells.Require(cells, channel, "channel", "channel", "跟进方式");
        return due is null || channel is null ? null : new PlanRow(due.Value, channel.Value, purpose ?? FollowUpPurpose.Other, content);
    }

    protected override Task<Guid> ApplyAsync(ImportScope scope, RowCells cells, PlanRow row, Customer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(customer);
        var plan = FollowUpPlan.Schedule(scope.NewId(), customer.TeamId, customer.Id, customer.OwnerId ?? scope.Viewer.UserId, row.DueAt, row.Channel, row.Purpose, row.Content, scope.Now);
        scope.Db.FollowUpPlans.Add(plan);
        return Task.FromResult(plan.Id);
    }

    public sealed record PlanRow(DateTimeOffset DueAt, FollowUpChannel Channel, FollowUpPurpose Purpose, string? Content);
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
