using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// 跟进记录 → one <see cref="FollowUpRecording.Record"/> per row (daily cap, lifecycle, reclaim clock as in
/// <c>recordFollowUp</c>). The next plan the domain proposes is kept only when it is still ahead: history's past
/// cadence plans would only be overdue noise (ADR-015).
/// </summary>
public sealed class FollowUpRecordSheetImporter : CustomerRowsImporter<FollowUpRecordSheetImporter.RecordRow>
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["happenedAt"] = "happenedAt",
        ["nextFollowUpAt"] = "nextAt",
        ["content"] = "content",
        ["customerFeedback"] = "feedback",
        ["result"] = "result",
        ["nextAction"] = "nextAction",
    };

    // Records of this batch per customer and local day, not yet written (earlier batches are counted by the query).
    private readonly Dictionary<(Guid, DateOnly), int> _batchCounts = [];

    public override SheetKind Kind => SheetKind.FollowUpRecords;

    protected override IReadOnlyDictionary<string, string> FieldColumns => Fields;

    protected override void StartBatch() => _batchCounts.Clear();

    protected override RecordRow? Read(RowCells cells, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var happened = cells.Read("happenedAt", t => CellDates.ParseInstant(t, zone));
        var channel = cells.Read("channel", Choices.Channel.Parse);
        var purpose = cells.Read("purpose", Choices.Purpose.Parse);
        var content = cells.Text("content", 4000);
        var next = cells.Read("nextAt", t => CellDates.ParseInstant(t, zone));
        FollowUpSheetCells.Require(cells, happened, "happenedAt", "follow-up time", "跟进时间");
        FollowUpSheetCells.Require(cells, channel, "channel", "channel", "跟进方式");
        if (content is null && !cells.Errors.Any(e => e.Column == cells.Header("content")))
        {
            cells.Fail("content", "REQUIRED", "What was said (沟通内容) is empty.", "沟通内容为空。");
        }

        return happened is null || channel is null || content is null
            ? null
            : new RecordRow(new FollowUpDetails(
                happened.Value, channel.Value, purpose ?? FollowUpPurpose.Other, content, cells.Text("feedback", 2000),
                cells.Text("result", 1000), cells.Text("nextAction", 1000), next), cells.Text("owner", 100));
    }

    protected override async Task<Guid> ApplyAsync(
        ImportScope scope, RowCells cells, RecordRow row, Customer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(customer);
        var ownerId = scope.Viewer.UserId;
        if (row.Owner is not null)
        {
            var (user, code, message, chinese) = scope.Users.Find(row.Owner);
            if (user is null)
            {
                cells.Fail("owner", code!, message!, chinese!);
                return Guid.Empty;
            }

            ownerId = user.Id;
        }

        var day = scope.Team.LocalDate(row.Details.HappenedAt);
        var (start, end) = (scope.Team.StartOfLocalDay(day), scope.Team.StartOfLocalDay(day.AddDays(1)));
        var customerId = customer.Id;
        var written = await scope.Db.FollowUpRecords.CountAsync(
            r => r.CustomerId == customerId && r.HappenedAt >= start && r.HappenedAt < end, cancellationToken)
            .ConfigureAwait(false);
        var inBatch = _batchCounts.GetValueOrDefault((customerId, day));
        var recorded = FollowUpRecording.Record(
            customer, scope.Team, null, written + inBatch, scope.NewId(), scope.NewId(), ownerId, row.Details,
            scope.Now);
        _batchCounts[(customerId, day)] = inBatch + 1;
        scope.Db.FollowUpRecords.Add(recorded.Record);
        if (recorded.NextPlan.DueAt > scope.Now)
        {
            scope.Db.FollowUpPlans.Add(recorded.NextPlan);
        }

        return recorded.Record.Id;
    }

    public sealed record RecordRow(FollowUpDetails Details, string? Owner);
}
