using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Customers;

/// <summary>购买记录: something the customer bought.</summary>
public sealed class Purchase
{
    // Only for EF.
    private Purchase()
    {
        Product = string.Empty;
        Currency = "CNY";
    }

    internal Purchase(Guid id, string product, DateOnly purchasedOn, decimal amount, string? currency)
    {
        if (amount < 0)
        {
            throw new DomainException(
                "AMOUNT_NEGATIVE", "A purchase amount cannot be negative.", "购买金额不能为负数。", "amount");
        }

        Id = id;
        Product = Guard.RequiredText(product, "product", 200, "产品");
        PurchasedOn = purchasedOn;
        Amount = amount;
        Currency = string.IsNullOrWhiteSpace(currency) ? "CNY" : currency.Trim().ToUpperInvariant();
    }

    public Guid Id { get; private set; }

    public string Product { get; private set; }

    public DateOnly PurchasedOn { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; }
}
