using CrmGraph.Api.Sheets.Cells;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// 购买产品 / 购买日期 / 购买金额 of a 客户信息记录 row: one purchase of the customer's history. A sheet without an
/// amount records 0 (the history keeps what was bought and when); a purchase without a date is refused, as the
/// history orders by it.
/// </summary>
public sealed record PurchaseCells(string Product, DateOnly PurchasedOn, decimal Amount, string Currency)
{
    public static PurchaseCells? Read(RowCells cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var product = cells.Text("purchaseProduct", 200);
        var on = cells.Read("purchasedOn", CellDates.ParseDate);
        var currency = "CNY";
        var amount = cells.Read("purchaseAmount", t => CellAmounts.ParseAmount(t, out currency));
        if (product is null)
        {
            if (on is not null || amount is not null)
            {
                cells.Fail("purchaseProduct", "REQUIRED", "A purchase date or amount without the product bought " +
                    "(购买产品).", "填写了购买日期或金额，但没有购买产品。");
            }

            return null;
        }

        if (on is null)
        {
            if (!cells.Errors.Any(e => e.Column == cells.Header("purchasedOn")))
            {
                cells.Fail(cells.Has("purchasedOn") ? "purchasedOn" : "purchaseProduct", "REQUIRED", "A purchase " +
                    "needs its date (购买日期).", "购买记录需要填写购买日期。");
            }

            return null;
        }

        return new PurchaseCells(product, on.Value, amount ?? 0, currency);
    }
}
