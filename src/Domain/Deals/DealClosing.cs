using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Deals;

/// <summary>
/// Winning a deal (成交) in one step: the conversion record, the established relationship (cooperation mode,
/// term, expiry) with its contract key date, and the purchase in the customer's history.
/// </summary>
public static class DealClosing
{
    /// <summary>Opens a deal for the customer; its reclaim clock pauses while the deal is open (商机进行中不回收).</summary>
    public static Deal Open(
        Guid id, Customer customer, Guid ownerId, string product, decimal amount, string? currency,
        DateOnly? expectedCloseOn, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(customer);
        EnsureOpenForDeals(customer);
        var deal = Deal.Open(
            id, customer.TeamId, customer.Id, ownerId, product, amount, currency, expectedCloseOn, now);
        customer.PauseReclaimClock(now);
        return deal;
    }

    /// <summary>
    /// Loses the deal with its reason (未成交原因); the customer's reclaim clock resumes unless
    /// <paramref name="anotherDealStillOpen"/>. The time the deal was open does not count.
    /// </summary>
    public static void Lose(
        Deal deal, Customer customer, LostReason reason, string? note, DateTimeOffset now,
        bool anotherDealStillOpen = false)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(customer);
        EnsureSameCustomer(deal, customer);
        deal.Lose(reason, note, now);
        if (!anotherDealStillOpen)
        {
            customer.ResumeReclaimClock(now);
        }
    }

    /// <param name="deal">The open deal.</param>
    /// <param name="customer">Its customer; a lost or churned customer must be reopened or won back first.</param>
    /// <param name="terms">The key factor, final amount and cooperation terms.</param>
    /// <param name="purchaseId">Id of the purchase added to the customer's history.</param>
    /// <param name="keyDateId">Id of the contract-expiry key date, added when the term has an end.</param>
    /// <param name="actorId">Who records the win.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="anotherDealStillOpen">Keeps the reclaim clock paused for another open deal.</param>
    /// <param name="team">The team whose time zone dates the purchase; UTC when not given.</param>
    public static Conversion Win(
        Deal deal, Customer customer, WinTerms terms, Guid purchaseId, Guid keyDateId, Guid actorId, DateTimeOffset now,
        bool anotherDealStillOpen = false, Team? team = null)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(terms);
        EnsureSameCustomer(deal, customer);
        EnsureOpenForDeals(customer);

        // Everything that can refuse is checked before anything changes.
        Guard.OptionalText(terms.CooperationMode, "cooperationMode", 200, "合作模式");
        Guard.RequiredText(terms.KeyFactor, "keyFactor", 500, "转化关键因素");
        if (customer.IsArchived || deal.Status != DealStatus.Open || terms.FinalAmount < 0)
        {
            throw customer.IsArchived
                ? new DomainException(
                    "CUSTOMER_ARCHIVED", "The customer is archived; restore it first.", "该客户已归档，请先恢复。")
                : deal.Status != DealStatus.Open
                    ? new DomainException("DEAL_CLOSED", "The deal is already " +
                        $"{deal.Status.ToString().ToLowerInvariant()}.", "该商机已关闭。", "dealId")
                    : new DomainException(
                        "AMOUNT_NEGATIVE", "The deal amount cannot be negative.", "成交金额不能为负数。", "amount");
        }

        if (terms.TermStart > terms.TermEnd)
        {
            throw new DomainException(
                "TERM_INVERTED", "The cooperation term ends before it starts.", "合作期限的结束日期早于开始日期。", "termEnd");
        }

        var conversion = deal.Win(terms, now);
        customer.EstablishRelationship(deal.Id, terms.CooperationMode, terms.TermStart, terms.TermEnd, actorId, now);
        var purchasedOn = team?.LocalDate(conversion.ConvertedAt) ?? DateOnly.FromDateTime(
            conversion.ConvertedAt.UtcDateTime);
        customer.RecordPurchase(purchaseId, deal.Product, purchasedOn, conversion.Amount, deal.Currency, now);
        if (!anotherDealStillOpen)
        {
            customer.ResumeReclaimClock(now);
        }

        if (terms.TermEnd is { } end)
        {
            customer.AddKeyDate(keyDateId, KeyDateKind.ContractExpiry, end, "合同到期", false, now);
        }

        return conversion;
    }

    private static void EnsureSameCustomer(Deal deal, Customer customer)
    {
        if (deal.CustomerId != customer.Id)
        {
            throw new DomainException(
                "DEAL_OF_OTHER_CUSTOMER", "The deal belongs to another customer.", "该商机属于其他客户。", "dealId");
        }
    }

    private static void EnsureOpenForDeals(Customer customer)
    {
        if (customer.Stage is LifecycleStage.Lost or LifecycleStage.Churned)
        {
            throw new DomainException(
                "CUSTOMER_CLOSED",
                "The customer is closed as lost or churned; reopen the prospect or win the customer back first.",
                "该客户已关闭或已流失，请先重新开启或完成挽回。",
                "customerId");
        }
    }
}

/// <summary>What a salesperson states when a deal is won.</summary>
public sealed record WinTerms(
    string KeyFactor, decimal? FinalAmount = null, string? CooperationMode = null, DateOnly? TermStart = null,
    DateOnly? TermEnd = null);
