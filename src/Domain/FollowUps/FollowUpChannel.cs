namespace CrmGraph.Domain.FollowUps;

/// <summary>跟进方式: how the salesperson reached the customer.</summary>
public enum FollowUpChannel
{
    /// <summary>电话.</summary>
    Phone,

    /// <summary>邮件.</summary>
    Email,

    /// <summary>微信.</summary>
    WeChat,

    /// <summary>面谈.</summary>
    Meeting,

    /// <summary>视频会议.</summary>
    Video,

    /// <summary>短信.</summary>
    Sms,

    /// <summary>上门拜访.</summary>
    Visit,
}

/// <summary>沟通目的: why the follow-up happens.</summary>
public enum FollowUpPurpose
{
    /// <summary>初次接触.</summary>
    FirstContact,

    /// <summary>需求挖掘.</summary>
    NeedsDiscovery,

    /// <summary>方案演示.</summary>
    Presentation,

    /// <summary>商务谈判.</summary>
    Negotiation,

    /// <summary>售后服务.</summary>
    AfterSales,

    /// <summary>解决问题.</summary>
    ProblemSolving,

    /// <summary>复购.</summary>
    Repurchase,

    /// <summary>客户关怀.</summary>
    Care,

    /// <summary>其他.</summary>
    Other,
}

/// <summary>跟进计划状态.</summary>
public enum FollowUpPlanStatus
{
    /// <summary>待跟进.</summary>
    Planned,

    /// <summary>已完成: a record completed it.</summary>
    Done,

    /// <summary>已取消.</summary>
    Cancelled,
}
