namespace CrmGraph.Domain.Service;

/// <summary>Service type. 服务类型。</summary>
public enum ServiceType
{
    /// <summary>After-sales. 售后。</summary>
    AfterSales,

    /// <summary>Consultation. 咨询。</summary>
    Consultation,

    /// <summary>投诉: follows the complaint workflow.</summary>
    Complaint,

    /// <summary>Repair. 维修。</summary>
    Repair,

    /// <summary>Other. 其他。</summary>
    Other,
}

/// <summary>
/// 服务状态; a complaint goes open → answered → resolved → revisited (回访) and closes only after the revisit.
/// </summary>
public enum ServiceStatus
{
    /// <summary>Open. 待处理。</summary>
    Open,

    /// <summary>Answered. 已响应。</summary>
    Answered,

    /// <summary>Resolved. 已解决。</summary>
    Resolved,

    /// <summary>Revisited. 已回访。</summary>
    Revisited,

    /// <summary>Closed. 已关闭。</summary>
    Closed,
}
