using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Service;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// 客户服务表 → per row a service record opened at its time (<see cref="ServiceRecord.Open"/>); a row with a result is
/// answered and resolved at that time too, with the customer's satisfaction when the sheet says it. A complaint still
/// needs its revisit (回访) in CrmGraph before it can close: the sheet has no revisit column to take it from.
/// </summary>
public sealed class ServiceSheetImporter : CustomerRowsImporter<ServiceSheetImporter.ServiceRow>
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["type"] = "type", ["requestedAt"] = "requestedAt", ["content"] = "content", ["result"] = "result", ["satisfied"] = "satisfied",
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
        foreach (var (key, value, what, chinese) in new[] { ("type", (object?)type, "service type", "服务类型"), ("requestedAt", requestedAt, "service time", "服务时间"), ("content", content, "content", "服务内容") })
        {
            if (value is null && !cells.Errors.Any(e => e.Column == cells.Header(key)))
            {
                cells.Fail(key, "REQUIRED", $"The {what} is empty.", $"{chinese}为空。");
            }
        }

        return cells.HasErrors ? null : new ServiceRow(type!.Value, requestedAt!.Value, content!, cells.Text("result", 4000), satisfied, cells.Text("owner", 100));
    }

    protected override Task<Guid> ApplyAsync(ImportScope scope, RowCells cells, ServiceRow row, Customer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(customer);
        var ownerId = customer.OwnerId ?? scope.Viewer.UserId;
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

        var service = ServiceRecord.Open(scope.NewId(), customer.TeamId, customer.Id, ownerId, row.Type, row.Content, row.RequestedAt, scope.Now);
        if (row.Result is { } result)
        {
            service.Answer(result, row.RequestedAt);
            service.Resolve(result, row.Satisfied, row.RequestedAt);
        }

        scope.Db.ServiceRecords.Add(service);
        return Task.FromResult(service.Id);
    }

    public sealed record ServiceRow(ServiceType Type, DateTimeOffset RequestedAt, string Content, string? Result, bool? Satisfied, string? Owner);
}
