namespace CrmGraph.Domain.Reminders;

/// <summary>跟进提醒类型: why a reminder was raised.</summary>
public enum ReminderKind
{
    /// <summary>跟进逾期：计划跟进时间已过但尚未完成。A planned follow-up is past its due time.</summary>
    FollowUpOverdue,

    /// <summary>跟进即将到期：计划跟进时间临近。A planned follow-up falls due soon.</summary>
    FollowUpDueSoon,

    /// <summary>重要日期临近：生日、公司周年或自定义日期。A birthday, anniversary or custom key date is ahead.</summary>
    KeyDateAhead,

    /// <summary>合同即将到期。A contract expires soon.</summary>
    ContractExpiring,

    /// <summary>分级超过一周未复核（每周更新客户分级）。The grade was not reviewed for a week.</summary>
    GradeReviewStale,

    /// <summary>联系方式超过一周未核对（每周核对联系方式）。Contact details were not verified for a week.</summary>
    ContactVerificationStale,

    /// <summary>新客户首次接触一周后仍未跟进。A new customer has had no follow-up a week after first contact.</summary>
    FirstFollowUpMissing,

    /// <summary>A级客户今日尚未跟进。An A-grade customer has had no follow-up today.</summary>
    AGradeNotFollowedUpToday,

    /// <summary>即将回收至公海。The customer returns to the team pool soon unless followed up.</summary>
    PoolReclaimWarning,
}
