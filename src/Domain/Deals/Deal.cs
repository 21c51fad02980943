using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Deals;

/// <summary>A deal (商机): a product or service for an amount, expected to close; open, then won or lost.</summary>
public sealed class Deal : AggregateRoot, ICustomerRecord
{
    // Only for EF.
    private Deal()
    {
        Product = string.Empty;
        Currency = "CNY";
    }

    private Deal(
        Guid id, Guid teamId, Guid customerId, Guid ownerId, string product, decimal amount, string currency,
        DateOnly? expectedCloseOn, DateTimeOffset now)
    {
        Id = id;
        TeamId = teamId;
        CustomerId = customerId;
        OwnerId = ownerId;
        Product = product;
        Amount = amount;
        Currency = currency;
        ExpectedCloseOn = expectedCloseOn;
        OpenedAt = now;
        Status = DealStatus.Open;
    }

    public Guid TeamId { get; private set; }

    public Guid CustomerId { get; private set; }

    void ICustomerRecord.MoveToCustomer(Guid customerId) => CustomerId = customerId;

    public Guid OwnerId { get; private set; }

    public string Product { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; }

    public DateOnly? ExpectedCloseOn { get; private set; }

    public DealStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public LostReason? LostReason { get; private set; }

    public string? LostNote { get; private set; }

    /// <summary>Set exactly when the deal is won.</summary>
    public Conversion? Conversion { get; private set; }

    public static Deal Open(
        Guid id, Guid teamId, Guid customerId, Guid ownerId, string product, decimal amount, string? currency,
        DateOnly? expectedCloseOn, DateTimeOffset now)
    {
        var name = Guard.RequiredText(product, "product", 200, "产品或服务");
        if (amount < 0)
        {
            throw new DomainException("AMOUNT_NEGATIVE", "The deal amount cannot be negative.", "商机金额不能为负数。", "amount");
        }

        var deal = new Deal(id, teamId, customerId, ownerId, name, amount, string.IsNullOrWhiteSpace(
            currency) ? "CNY" : currency.Trim().ToUpperInvariant(), expectedCloseOn, Guard.Utc(now));
        deal.Raise(new DealOpened(id, customerId, ownerId, amount, deal.OpenedAt));
        return deal;
    }

    /// <summary>Wins the deal: the conversion record keeps its key factor (转化关键因素).</summary>
    internal Conversion Win(WinTerms terms, DateTimeOffset now)
    {
        var factor = Guard.RequiredText(terms.KeyFactor, "keyFactor", 500, "转化关键因素");
        var finalAmount = terms.FinalAmount;
        EnsureOpen();
        if (finalAmount < 0)
        {
            throw new DomainException("AMOUNT_NEGATIVE", "The deal amount cannot be negative.", "成交金额不能为负数。", "amount");
        }

        Amount = finalAmount ?? Amount;
        Status = DealStatus.Won;
        ClosedAt = Guard.Utc(now);
        Conversion = new Conversion(
            ClosedAt.Value, Amount, Product, factor, OwnerId,
            Guard.OptionalText(terms.CooperationMode, "cooperationMode", 200, "合作模式"), terms.TermStart, terms.TermEnd);
        Raise(new DealWon(Id, CustomerId, OwnerId, Amount, ClosedAt.Value));
        return Conversion;
    }

    /// <summary>Loses the deal; the reason is required (未成交原因).</summary>
    public void Lose(LostReason reason, string? note, DateTimeOffset now)
    {
        var text = Guard.OptionalText(note, "note", 1000, "未成交说明");
        if (reason == Deals.LostReason.Other && text is null)
        {
            throw new DomainException(
                "REQUIRED", "Say why the deal was lost when the reason is 'other'.", "未成交原因为“其他”时请填写说明。", "note");
        }

        EnsureOpen();
        Status = DealStatus.Lost;
        LostReason = reason;
        LostNote = text;
        ClosedAt = Guard.Utc(now);
        Raise(new DealLost(Id, CustomerId, reason, ClosedAt.Value));
    }

    private void EnsureOpen()
    {
        if (Status != DealStatus.Open)
        {
            throw new DomainException(
                "DEAL_CLOSED", $"The deal is already {Status.ToString().ToLowerInvariant()}.", "该商机已关闭。", "dealId");
        }
    }
}

public sealed record DealOpened(
    Guid DealId, Guid CustomerId, Guid OwnerId, decimal Amount, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DealWon(
    Guid DealId, Guid CustomerId, Guid OwnerId, decimal Amount, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DealLost(
    Guid DealId, Guid CustomerId, LostReason Reason, DateTimeOffset OccurredAt) : IDomainEvent;
