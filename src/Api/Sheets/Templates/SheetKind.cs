namespace CrmGraph.Api.Sheets.Templates;

/// <summary>The templates CrmGraph imports and exports.</summary>
public enum SheetKind
{
    /// <summary>客户信息表: the customer archive.</summary>
    Customers,

    /// <summary>客户分级表: grades with their reasons.</summary>
    Grades,

    /// <summary>跟进记录: follow-ups that happened.</summary>
    FollowUpRecords,

    /// <summary>跟进计划表 / 沟通计划表: planned follow-ups and communications.</summary>
    FollowUpPlans,

    /// <summary>客户转化记录表: won deals.</summary>
    Conversions,

    /// <summary>客户服务表: service requests and complaints.</summary>
    Services,

    /// <summary>跟进策略: the team's follow-up cadence (跟进频率) by kind of customer, one row per kind.</summary>
    Cadence,
}
