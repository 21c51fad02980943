namespace CrmGraph.Domain.Customers;

/// <summary>The event that justifies a forward move of the lifecycle (推进阶段的依据).</summary>
public enum StageTrigger
{
    /// <summary>评估完成: the customer was evaluated.</summary>
    Evaluated,

    /// <summary>首次跟进: the first follow-up was recorded.</summary>
    FirstFollowUp,

    /// <summary>成交: a deal was won.</summary>
    DealWon,

    /// <summary>首次维护: the first maintenance action (care, service, survey) after signing.</summary>
    FirstMaintenance,

    /// <summary>流失信号: at-risk signals were observed.</summary>
    RiskObserved,

    /// <summary>挽回成功: a win-back succeeded.</summary>
    WonBack,

    /// <summary>人工调整: a person moved the stage (backwards, to churned or lost) with a reason.</summary>
    Manual,

    /// <summary>重新开启: a lost prospect was reopened.</summary>
    Reopened,
}
