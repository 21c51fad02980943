namespace CrmGraph.Domain.Deals;

/// <summary>Deal status. 商机状态。</summary>
public enum DealStatus
{
    /// <summary>Open. 跟进中。</summary>
    Open,

    /// <summary>Won. 已成交。</summary>
    Won,

    /// <summary>Lost. 未成交。</summary>
    Lost,
}

/// <summary>Why a deal was lost. 未成交原因。</summary>
public enum LostReason
{
    /// <summary>Price objection. 价格异议。</summary>
    Price,

    /// <summary>Unclear needs. 需求不明确。</summary>
    UnclearNeeds,

    /// <summary>Chose a competitor. 选择竞品。</summary>
    Competitor,

    /// <summary>Wrong timing. 时机不对。</summary>
    Timing,

    /// <summary>Other. 其他。</summary>
    Other,
}

/// <summary>转化记录: what a won deal yields (客户转化记录表).</summary>
/// <param name="ConvertedAt">When the deal was won (转化时间).</param>
/// <param name="Amount">The final amount (成交金额).</param>
/// <param name="Product">What was sold (成交产品).</param>
/// <param name="KeyFactor">转化关键因素.</param>
/// <param name="OwnerId">The salesperson credited with the win.</param>
/// <param name="CooperationMode">合作模式 agreed with this win.</param>
/// <param name="TermStart">合作开始 of the contract this win signed.</param>
/// <param name="TermEnd">合作结束 of that contract (its 合同到期 key date).</param>
public sealed record Conversion(
    DateTimeOffset ConvertedAt, decimal Amount, string Product, string KeyFactor, Guid OwnerId,
    string? CooperationMode = null, DateOnly? TermStart = null, DateOnly? TermEnd = null);
