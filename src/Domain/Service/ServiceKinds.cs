namespace CrmGraph.Domain.Service;

/// <summary>服务类型.</summary>
public enum ServiceType
{
    /// <summary>售后.</summary>
    AfterSales,

    /// <summary>咨询.</summary>
    Consultation,

    /// <summary>投诉: follows the complaint workflow.</summary>
    Complaint,

    /// <summary>维修.</summary>
    Repair,

    /// <summary>其他.</summary>
    Other,
}

/// <summary>服务状态; a complaint goes open → answered → resolved → revisited (回访) and closes only after the revisit.</summary>
public enum ServiceStatus
{
    /// <summary>待处理.</summary>
    Open,

    /// <summary>已响应.</summary>
    Answered,

    /// <summary>已解决.</summary>
    Resolved,

    /// <summary>已回访.</summary>
    Revisited,

    /// <summary>已关闭.</summary>
    Closed,
}
