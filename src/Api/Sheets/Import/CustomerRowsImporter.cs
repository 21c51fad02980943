using CrmGraph.Api.Sheets.Reading;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// The shape of every template whose rows are about an existing customer (grades, follow-ups, plans): read the
/// batch's cells, find its customers in one query, make one domain call per row, write the batch.
/// </summary>
public abstract class CustomerRowsImporter<TRow> : ISheetRowsImporter
    where TRow : class
{
    public abstract SheetKind Kind { get; }

    /// <summary>
    /// The domain's field names mapped to template column keys, so a refusal points at the right cell.
    /// </summary>
    protected abstract IReadOnlyDictionary<string, string> FieldColumns { get; }

    protected abstract TRow? Read(RowCells cells, TimeZoneInfo zone);

    /// <summary>Makes the row's domain call; returns the id of the record written.</summary>
    protected abstract Task<Guid> ApplyAsync(
        ImportScope scope, RowCells cells, TRow row, Customer customer, CancellationToken cancellationToken);

    /// <summary>Called before each batch (e.g. to reset per-batch counts).</summary>
    protected virtual void StartBatch()
    {
    }

    public async Task ImportAsync(
        ImportScope scope,
        SheetContent content,
        HeaderMap map,
        ImportReport report,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var batch in content.Rows.Chunk(scope.BatchSize))
        {
            await scope.RunBatchAsync(
                    batch,
                    (rows, log) => PassAsync(scope, content, map, rows, log, cancellationToken),
                    report,
                    cancellationToken)
                .ConfigureAwait(false);
        }
    }

    // One pass over a batch: its customers found in one query, then one domain call per row.
    private async Task PassAsync(
        ImportScope scope,
        SheetContent content,
        HeaderMap map,
        IReadOnlyList<SheetRow> batch,
        RowLog log,
        CancellationToken cancellationToken)
    {
        StartBatch();
        var parsed = batch.Select(row =>
        {
            var cells = new RowCells(map, content.Headers, row.Cells);
            var name = cells.Text("customer", Customer.NameMaxLength);
            if (name is null)
            {
                cells.Fail(
                    "customer", "REQUIRED", "The customer name is empty; every row needs one.", "客户名称为空，每一行都必须填写。");
            }

            var phone = cells.Text("customerPhone", 50);
            return (Row: row, Cells: cells, Name: name, Phone: phone, Value: Read(cells, scope.Team.TimeZone));
        }).ToList();
        var keys = parsed.Where(p => p.Name is not null).Select(p => (p.Name, p.Phone));
        var lookup = await CustomerLookup.LoadAsync(scope, keys, cancellationToken).ConfigureAwait(false);
        foreach (var (row, cells, name, phone, value) in parsed)
        {
            Guid? recordId = null;
            var customer = name is null ? null : lookup.Find(scope, cells, name, phone);
            if (customer is not null && value is not null && !cells.HasErrors)
            {
                try
                {
                    recordId = await ApplyAsync(scope, cells, value, customer, cancellationToken).ConfigureAwait(false);
                }
                catch (DomainException refusal)
                {
                    cells.Fail(refusal, FieldColumns);
                }
            }

            foreach (var (column, code, message, chinese) in cells.Errors)
            {
                log.Refuse(row.Number, column, code, message, chinese);
            }

            log.Count(row.Number, RowAction.Created, customer?.Name ?? name, customer?.Id, recordId);
        }
    }
}
