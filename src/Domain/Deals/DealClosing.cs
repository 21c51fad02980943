using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Deals;

/// <summary>
/// Winning a deal (成交) in one step: the conversion record, the established relationship (cooperation mode,
/// term, expiry) with its contract key date, and the purchase in the customer's history.
/// </summary>
public static class DealClosing
{
    public static Conversion Win(Deal deal, Customer customer, WinTerms terms, Guid purchaseId, Guid keyDateId, Guid actorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(terms);
        if (deal.CustomerId != customer.Id)
        {
            throw new DomainException("DEAL_OF_OTHER_CUSTOMER", "The deal belongs to another customer.", "该商机属于其他客户。", "dealId");
        }

        // Everything that can refuse is checked before anything changes.
        Guard.OptionalText(terms.CooperationMode, "cooperationMode", 200, "合作模式");
        Guard.RequiredText(terms.KeyFactor, "keyFactor", 500, "转化关键因素");
        if (customer.IsArchived || deal.Status != DealStatus.Open || terms.FinalAmount < 0)
        {
            throw customer.IsArchived
                ? new DomainException("CUSTOMER_ARCHIVED", "The customer is archived; restore it first.", "该客户已归档，请先恢复。")
                : deal.Status != DealStatus.Open
                    ? new DomainException("DEAL_CLOSED", $"The deal is already {deal.Status.ToString().ToLowerInvariant()}.", "该商机已关闭。", "dealId")
                    : new DomainException("AMOUNT_NEGATIVE", "The deal amount cannot be negative.", "成交金额不能为负数。", "amount");
        }

        if (terms.TermStart > terms.TermEnd)
        {
            throw new DomainException("TERM_INVERTED", "The cooperation term ends before it starts.", "合作期限的结束日期早于开始日期。", "termEnd");
        }

        var conversion = deal.Win(terms.KeyFactor, terms.FinalAmount, now);
        customer.EstablishRelationship(deal.Id, terms.CooperationMode, terms.TermStart, terms.TermEnd, actorId, now);
        customer.RecordPurchase(purchaseId, deal.Product, DateOnly.FromDateTime(conversion.ConvertedAt.UtcDateTime), conversion.Amount, deal.Currency, now);
        if (terms.TermEnd is { } end)
        {
            customer.AddKeyDate(keyDateId, KeyDateKind.ContractExpiry, end, "合同到期", false, now);
        }

        return conversion;
    }
}

/// <summary>What a salesperson states when a deal is won.</summary>
public sealed record WinTerms(string KeyFactor, decimal? FinalAmount = null, string? CooperationMode = null, DateOnly? TermStart = null, DateOnly? TermEnd = null);
