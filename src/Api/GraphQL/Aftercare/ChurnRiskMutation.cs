using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Retention;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Aftercare;

public sealed class ChurnSignalType : DomainEnumType<ChurnSignal>;

/// <summary>What <c>assessChurnRisk</c> found and whether it moved the customer to at risk.</summary>
public sealed record ChurnAssessment(Customer Customer, IReadOnlyList<ChurnSignal> Signals, bool MovedToAtRisk);

public sealed class ChurnAssessmentType : ObjectGraphType<ChurnAssessment>
{
    public ChurnAssessmentType()
    {
        Name = "ChurnAssessment";
        Description = "流失预警: the signals found now and whether they moved the customer to at risk.";
        Field<NonNullGraphType<CustomerType>>("customer").Description("The assessed customer. 被评估的客户。")
            .Resolve(c => c.Source.Customer);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChurnSignalType>>>>("signals")
            .Description("流失预警信号 (empty: no sign of churn).").Resolve(c => c.Source.Signals);
        Field(x => x.MovedToAtRisk).Description(
            "True when this assessment moved the customer to AT_RISK. 本次评估将客户转为 AT_RISK（流失预警）时为 true。");
    }
}

public static class ChurnRiskMutation
{
    public static void AddChurnRiskMutation(this ObjectGraphType mutation) =>
        mutation.AddMutation<AssessChurnRiskInput, ChurnAssessmentType>(
            "assessChurnRisk", "assessment",
            "Checks an established customer for churn signals (long silence, low satisfaction, an open complaint, a"
            + " contract expiring without renewal) and moves them to at risk when there are any. 流失预警评估。",
            AssessChurnRisk.HandleAsync);
}
