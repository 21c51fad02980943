using CrmGraph.Api.Persistence;
using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;

namespace CrmGraph.Api.Sheets.Export;

/// <summary>客户转化记录表: every won deal's conversion record.</summary>
public sealed class ConversionSheetExporter(CrmDbContext db) : SheetExporter<Deal>(db)
{
    public override SheetKind Kind => SheetKind.Conversions;

    protected override IQueryable<Deal> Items(IQueryable<Customer> customers) => Of(Db.Deals, customers)
        .Where(d => d.Status == DealStatus.Won);

    protected override Guid CustomerIdOf(Deal item) => item.CustomerId;

    protected override void Fill(Deal item, Customer customer, ExportRow row)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(row);
        var conversion = item.Conversion!;
        row["product"] = conversion.Product;
        row["amount"] = CellAmounts.Format(conversion.Amount, conversion.Amount, item.Currency);
        row["keyFactor"] = conversion.KeyFactor;
        row["mode"] = conversion.CooperationMode;
        row["termStart"] = ExportRow.Date(conversion.TermStart);
        row["termEnd"] = ExportRow.Date(conversion.TermEnd);
        row["convertedAt"] = row.Time(conversion.ConvertedAt);
        row["owner"] = row.Login(conversion.OwnerId);
    }
}
