namespace CrmGraph.Domain.Teams;

/// <summary>绩效评估权重: the weight of each figure in a salesperson's total score, in percent (they sum to 100).</summary>
public sealed class EvaluationWeights
{
    public int Satisfaction { get; init; } = 15;

    public int ComplaintRate { get; init; } = 10;

    public int SalesAmount { get; init; } = 20;

    public int NewCustomers { get; init; } = 10;

    public int ConversionRate { get; init; } = 15;

    public int FollowUpTimeliness { get; init; } = 10;

    public int ServiceAttitude { get; init; } = 7;

    public int ProfessionalAbility { get; init; } = 7;

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
