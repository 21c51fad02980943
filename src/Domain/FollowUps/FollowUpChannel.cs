namespace CrmGraph.Domain.FollowUps;

/// <summary>跟进方式: how the salesperson reached the customer.</summary>
public enum FollowUpChannel
{
    /// <summary>Phone call. 电话。</summary>
    Phone,

    /// <summary>Email. 邮件。</summary>
    Email,

    /// <summary>WeChat. 微信。</summary>
    WeChat,

    /// <summary>Face-to-face meeting. 面谈。</summary>
    Meeting,

    /// <summary>Video call. 视频会议。</summary>
    Video,

    /// <summary>SMS. 短信。</summary>
    Sms,

    /// <summary>On-site visit. 上门拜访。</summary>
    Visit,
}

/// <summary>沟通目的: why the follow-up happens.</summary>
public enum FollowUpPurpose
{
    /// <summary>First contact. 初次接触。</summary>
    FirstContact,

    /// <summary>Needs discovery. 需求挖掘。</summary>
    NeedsDiscovery,

    /// <summary>Solution presentation. 方案演示。</summary>
    Presentation,

    /// <summary>Business negotiation. 商务谈判。</summary>
    Negotiation,

    /// <summary>After-sales service. 售后服务。</summary>
    AfterSales,

    /// <summary>Problem solving. 解决问题。</summary>
    ProblemSolving,

    /// <summary>Repurchase. 复购。</summary>
    Repurchase,

    /// <summary>Customer care. 客户关怀。</summary>
    Care,

    /// <summary>Other. 其他。</summary>
    Other,
}

/// <summary>Follow-up plan status. 跟进计划状态。</summary>
public enum FollowUpPlanStatus
{
    /// <summary>Planned. 待跟进。</summary>
    Planned,

    /// <summary>已完成: a record completed it.</summary>
    Done,

    /// <summary>Cancelled. 已取消。</summary>
    Cancelled,
}
