namespace CrmGraph.Domain.Teams;

/// <summary>绩效评估权重: the weight of each figure in a salesperson's total score, in percent (they sum to 100).</summary>
public sealed class EvaluationWeights
{
    public int Satisfaction { get; set; } = 15;

    public int ComplaintRate { get; set; } = 10;

    public int SalesAmount { get; set; } = 20;

    public int NewCustomers { get; set; } = 10;

    public int ConversionRate { get; set; } = 15;

    public int FollowUpTimeliness { get; set; } = 10;

    public int ServiceAttitude { get; set; } = 7;

    public int ProfessionalAbility { get; set; } = 7;

    public int CustomerFeedback { get; set; } = 6;

    public int Total => Satisfaction + ComplaintRate + SalesAmount + NewCustomers + ConversionRate + FollowUpTimeliness + ServiceAttitude + ProfessionalAbility + CustomerFeedback;
}
