namespace CrmGraph.Domain.Teams;

/// <summary>绩效评估权重: the weight of each figure in a salesperson's total score, in percent (they sum to 100).</summary>
public sealed class EvaluationWeights
{
    /// <summary>Weight of customer satisfaction, in percent. 客户满意度权重（%）。</summary>
    public int Satisfaction { get; init; } = 15;

    /// <summary>Weight of the complaint rate, in percent. 投诉率权重（%）。</summary>
    public int ComplaintRate { get; init; } = 10;

    /// <summary>Weight of the sales amount, in percent. 销售额权重（%）。</summary>
    public int SalesAmount { get; init; } = 20;

    /// <summary>Weight of new customers, in percent. 新增客户权重（%）。</summary>
    public int NewCustomers { get; init; } = 10;

    /// <summary>Weight of the conversion rate, in percent. 转化率权重（%）。</summary>
    public int ConversionRate { get; init; } = 15;

    /// <summary>Weight of follow-up timeliness, in percent. 跟进及时率权重（%）。</summary>
    public int FollowUpTimeliness { get; init; } = 10;

    /// <summary>Weight of the service attitude rating, in percent. 服务态度评分权重（%）。</summary>
    public int ServiceAttitude { get; init; } = 7;

    /// <summary>Weight of the professional ability rating, in percent. 专业能力评分权重（%）。</summary>
    public int ProfessionalAbility { get; init; } = 7;

    /// <summary>Weight of the customer feedback rating, in percent. 客户反馈评分权重（%）。</summary>
    public int CustomerFeedback { get; init; } = 6;

    public int Total => Named.Sum(w => w.Weight);

    /// <summary>Each weight with its field name in <c>evaluationWeights</c> (as clients send it).</summary>
    public IReadOnlyList<(string Field, int Weight)> Named =>
    [
        ("satisfaction", Satisfaction), ("complaintRate", ComplaintRate), ("salesAmount", SalesAmount),
        ("newCustomers", NewCustomers), ("conversionRate", ConversionRate), ("followUpTimeliness", FollowUpTimeliness),
        ("serviceAttitude", ServiceAttitude), ("professionalAbility", ProfessionalAbility),
        ("customerFeedback", CustomerFeedback),
    ];
}
