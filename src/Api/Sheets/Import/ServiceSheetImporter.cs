using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Service;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// 客户服务表 → per row a service record opened at its time (<see cref="ServiceRecord.Open"/>); a row with a result is
/// answered and resolved at that time too, with the customer's satisfaction when the sheet says it. A row with a
/// revisit (回访记录, and whether the customer was satisfied) is revisited at its time, and a row marked closed is closed
/// there: the domain's complaint rules apply, so a complaint closes only after a satisfied revisit.
/// </summary>
public sealed class ServiceSheetImporter : CustomerRowsImporter<ServiceSheetImporter.ServiceRow>
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["type"] = "type",
        ["requestedAt"] = "requestedAt",
        ["content"] = "content",
        ["result"] = "result",
        ["satisfied"] = "satisfied",
        ["note"] = "revisitNote",
        ["revisitedAt"] = "revisitedAt",
        ["status"] = "closed",
    };

    public override SheetKind Kind => SheetKind.Services;

    protected override IReadOnlyDictionary<string, string> FieldColumns => Fields;

    protected override ServiceRow? Read(RowCells cells, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var type = cells.Read("type", Choices.ServiceType.Parse);
        var requestedAt = cells.Read("requestedAt", t => CellDates.ParseInstant(t, zone));
        var content = cells.Text("content", 4000);
        var satisfied = cells.Read("satisfied", CellText.ParseYesNo);
        foreach (var (key, value, what, chinese) in new[] { (
            "type", (object?)type, "service type",
            "服务类型"), ("requestedAt", requestedAt, "service time", "服务时间"), ("content", content, "content", "服务内容") })
        {
            if (value is null && !cells.Errors.Any(e => e.Column == cells.Header(key)))
            {
                cells.Fail(key, "REQUIRED", $"The {what} is empty.", $"{chinese}为空。");
            }
        }

        var result = cells.Text("result", 4000);
        var revisitNote = cells.Text("revisitNote", 2000);
        var revisitedAt = cells.Read("revisitedAt", t => CellDates.ParseInstant(t, zone));
        var closed = cells.Read("closed", CellText.ParseYesNo) ?? false;
        if (revisitNote is not null && result is null)
        {
            cells.Fail(
                "revisitNote", "NOT_RESOLVED", "A revisit follows a resolution: fill in the result (处理结果) too.",
                "回访须在处理之后：请同时填写处理结果。");
        }

        if (revisitNote is not null && satisfied is null && !cells.Errors.Any(
            e => e.Column == cells.Header("satisfied")))
        {
            cells.Fail(
                "satisfied", "REQUIRED", "A revisit records whether the customer is satisfied (是否满意: 是/否).",
                "回访须填写客户是否满意（是/否）。");
        }

        if (revisitNote is null && revisitedAt is not null)
        {
            cells.Fail("revisitedAt", "NO_REVISIT", "A revisit time without a revisit note (回访记录).", "填写了回访时间但没有回访记录。");
        }

        if (closed && result is null)
        {
            cells.Fail(
                "closed", "NOT_RESOLVED", "Only a resolved service can be closed: fill in the result (处理结果).",
                "服务须处理后才能关闭：请填写处理结果。");
        }

        return cells.HasErrors ? null : new ServiceRow(
            type!.Value, requestedAt!.Value, content!, result, satisfied, cells.Text("owner", 100), revisitNote,
            revisitedAt, closed);
    }

    protected override Task<Guid> ApplyAsync(
        ImportScope scope, RowCells cells, ServiceRow row, Customer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(customer);
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

        var service = ServiceRecord.Open(
            scope.NewId(), customer.TeamId, customer.Id, ownerId, row.Type, row.Content, row.RequestedAt, scope.Now);
        if (row.Result is { } result)
        {
            service.Answer(result, row.RequestedAt);
            service.Resolve(result, row.RevisitNote is null ? row.Satisfied : null, row.RequestedAt);
        }

        var lastStep = row.RevisitedAt ?? row.RequestedAt;
        if (row.RevisitNote is { } note)
        {
            service.Revisit(note, row.Satisfied!.Value, lastStep);
        }

        if (row.Closed)
        {
            service.Close(lastStep);
        }

        scope.Db.ServiceRecords.Add(service);
        return Task.FromResult(service.Id);
    }

    public sealed record ServiceRow(
        ServiceType Type, DateTimeOffset RequestedAt, string Content, string? Result, bool? Satisfied, string? Owner,
        string? RevisitNote, DateTimeOffset? RevisitedAt, bool Closed);
}
