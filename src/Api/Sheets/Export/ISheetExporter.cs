using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Api.Sheets.Export;

/// <summary>
/// Writes one template for a set of customers (already narrowed to what the viewer may see, and any filter).
/// </summary>
public interface ISheetExporter
{
    SheetKind Kind { get; }

    /// <summary>How many data rows the export would write.</summary>
    Task<int> CountAsync(IQueryable<Customer> customers, CancellationToken cancellationToken);

    /// <summary>Writes the file; returns how many data rows it holds.</summary>
    Task<int> WriteAsync(
        IQueryable<Customer> customers, ExportFormat format, SheetLanguage language, Stream output,
        CancellationToken cancellationToken);
}
