using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// 客户转化记录表 → per row a deal opened and won in one step (<see cref="DealClosing"/>): the conversion record, the
/// established relationship with its term, and the purchase, exactly as <c>openDeal</c> + <c>winDeal</c> do.
/// </summary>
public sealed class ConversionSheetImporter : CustomerRowsImporter<ConversionSheetImporter.ConversionRow>
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["product"] = "product",
        ["amount"] = "amount",
        ["currency"] = "amount",
        ["keyFactor"] = "keyFactor",
        ["cooperationMode"] = "mode",
        ["termStart"] = "termStart",
        ["termEnd"] = "termEnd",
        ["convertedAt"] = "convertedAt",
    };

    public override SheetKind Kind => SheetKind.Conversions;

    protected override IReadOnlyDictionary<string, string> FieldColumns => Fields;

    protected override ConversionRow? Read(RowCells cells, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var product = cells.Text("product", 200);
        var currency = "CNY";
        var amount = cells.Read("amount", t => CellAmounts.ParseAmount(t, out currency));
        var keyFactor = cells.Text("keyFactor", 500);
        var row = new ConversionRow(
            product!, amount ?? 0, currency, keyFactor!, cells.Text("mode", 200),
            cells.Read("termStart", CellDates.ParseDate), cells.Read("termEnd", CellDates.ParseDate),
            cells.Text("owner", 100), cells.Read("convertedAt", t => CellDates.ParseInstant(t, zone)));
        foreach (var (key, value, what, chinese) in new[] { (
            "product", (object?)product, "product",
            "成交产品"), ("amount", amount, "amount", "成交金额"), ("keyFactor", keyFactor,
            "key factor of the conversion", "转化关键因素") })
        {
            if (value is null && !cells.Errors.Any(e => e.Column == cells.Header(key)))
            {
                cells.Fail(key, "REQUIRED", $"The {what} is empty.", $"{chinese}为空。");
            }
        }

        return cells.HasErrors ? null : row;
    }

    protected override async Task<Guid> ApplyAsync(
        ImportScope scope, RowCells cells, ConversionRow row, Customer customer, CancellationToken cancellationToken)
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
                return Guid.Empty;
            }

            ownerId = user.Id;
        }

        var convertedAt = row.ConvertedAt ?? scope.Now;
        if (convertedAt > scope.Now)
        {
            cells.Fail("convertedAt", "IN_FUTURE", "A conversion cannot be dated in the future.", "转化时间不能晚于现在。");
            return Guid.Empty;
        }

        var customerId = customer.Id;
        var otherOpen = await scope.Db.Deals.AnyAsync(
            d => d.CustomerId == customerId && d.Status == DealStatus.Open, cancellationToken)
            .ConfigureAwait(false);
        var deal = DealClosing.Open(
            scope.NewId(), customer, ownerId, row.Product, row.Amount, row.Currency, null, convertedAt);
        DealClosing.Win(
            deal, customer, new WinTerms(row.KeyFactor, row.Amount, row.Mode, row.TermStart, row.TermEnd),
            scope.NewId(), scope.NewId(), scope.Viewer.UserId, convertedAt, otherOpen, scope.Team);
        scope.Db.Deals.Add(deal);
        return deal.Id;
    }

    public sealed record ConversionRow(
        string Product, decimal Amount, string Currency, string KeyFactor, string? Mode, DateOnly? TermStart,
        DateOnly? TermEnd, string? Owner, DateTimeOffset? ConvertedAt);
}
