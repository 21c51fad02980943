namespace CrmGraph.Domain.Customers;

/// <summary>客户管理六期: the six stages of the customer lifecycle, plus the closed states.</summary>
public enum LifecycleStage
{
    /// <summary>潜在客户发掘: found; basic information and first needs.</summary>
    Prospect,

    /// <summary>潜在客户评估: evaluated for purchasing power, intent and loyalty.</summary>
    Qualified,

    /// <summary>客户跟进: in active follow-up.</summary>
    FollowingUp,

    /// <summary>客户关系建立: a deal is won, a contract signed.</summary>
    Established,

    /// <summary>客户关系维护: the relationship is being maintained.</summary>
    Maintaining,

    /// <summary>客户流失预警: showing signs of churn.</summary>
    AtRisk,

    /// <summary>已流失: churned, with a recorded reason; can be won back.</summary>
    Churned,

    /// <summary>已挽回: won back after churn or risk.</summary>
    WonBack,

    /// <summary>已关闭: a lost prospect, closed with a reason; can be reopened.</summary>
    Lost,
}
