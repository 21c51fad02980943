using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Customers;

/// <summary>客户需求: what the customer wants, for how much and by when.</summary>
public sealed record CustomerNeeds(
    string? Product,
    decimal? BudgetMin,
    decimal? BudgetMax,
    string Currency,
    DateOnly? ExpectedCloseOn,
    DecisionChain DecisionChain,
    string? Description)
{
    public static readonly CustomerNeeds None = new(null, null, null, "CNY", null, DecisionChain.Unknown, null);

    public bool BudgetKnown => BudgetMin is not null || BudgetMax is not null;

    public bool HasNeed => Product is not null || Description is not null;

    /// <summary>Checks the needs and returns them trimmed; throws for a negative or inverted budget range.</summary>
    public CustomerNeeds Validated()
    {
        if (BudgetMin < 0 || BudgetMax < 0)
        {
            throw new DomainException(
                "BUDGET_NEGATIVE", "The budget cannot be negative.", "预算不能为负数。", "needs.budgetMin");
        }

        if (BudgetMin > BudgetMax)
        {
            throw new DomainException(
                "BUDGET_RANGE_INVERTED",
                $"The budget minimum ({BudgetMin}) is above its maximum ({BudgetMax}).",
                $"预算下限（{BudgetMin}）高于上限（{BudgetMax}）。",
                "needs.budgetMax");
        }

        var currency = (Currency ?? "CNY").Trim().ToUpperInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new DomainException(
                "INVALID_CURRENCY", $"'{Currency}' is not a 3-letter currency code such as CNY.",
                $"币种“{Currency}”无效，应为三位代码，如 CNY。", "needs.currency");
        }

        return this with
        {
            Product = Guard.OptionalText(Product, "needs.product", 200, "需求产品"),
            Description = Guard.OptionalText(Description, "needs.description", 2000, "需求描述"),
            Currency = currency,
        };
    }
}
