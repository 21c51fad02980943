namespace CrmGraph.Domain.Customers;

/// <summary>客户分级: how close the customer is to signing.</summary>
public enum CustomerGrade
{
    /// <summary>A级客户：需求明确、预算清晰、决策链短，1–2周内有望签约。Needs a supervisor as guide; followed up daily.</summary>
    A,

    /// <summary>B级客户：有初步需求，预算或决策流程不明确，1–3个月内有望成交。Followed up 2–3 times a week.</summary>
    B,

    /// <summary>C级客户：仅咨询或潜在需求，需长期培育，无明确时间线。Followed up weekly.</summary>
    C,
}
