namespace CrmGraph.Domain.Deals;

/// <summary>商机状态.</summary>
public enum DealStatus
{
    /// <summary>跟进中.</summary>
    Open,

    /// <summary>已成交.</summary>
    Won,

    /// <summary>未成交.</summary>
    Lost,
}

/// <summary>未成交原因.</summary>
public enum LostReason
{
    /// <summary>价格异议.</summary>
    Price,

    /// <summary>需求不明确.</summary>
    UnclearNeeds,

    /// <summary>选择竞品.</summary>
    Competitor,

    /// <summary>时机不对.</summary>
    Timing,

    /// <summary>其他.</summary>
    Other,
}

/// <summary>转化记录: what a won deal yields (客户转化记录表).</summary>
public sealed record Conversion(DateTimeOffset ConvertedAt, decimal Amount, string Product, string KeyFactor, Guid OwnerId);
