using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.Retention;
using CrmGraph.Domain.Service;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChurnSignalType>>>>("signals").Description("流失预警信号 (empty: no sign of churn).").Resolve(c => c.Source.Signals);
        Field(x => x.MovedToAtRisk).Description("True when this assessment moved the customer to AT_RISK. 本次评估将客户转为 AT_RISK（流失预警）时为 true。");
    }
}

public static class ChurnRiskMutation
{
    public static void AddChurnRiskMutation(this ObjectGraphType mutation) =>
        mutation.AddMutation<ChurnAssessmentType>(
            "assessChurnRisk", "assessment",
            "Checks an established customer for churn signals (long silence, low satisfaction, an open complaint, a contract expiring without renewal) and moves them to at risk when there are any. 流失预警评估。",
            i => i.Customer(),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), async (customer, x, db) =>
            {
                var latest = await db.SatisfactionSurveys.Where(s => s.CustomerId == customer.Id).OrderByDescending(s => s.AnsweredAt).Select(s => (int?)s.Score).FirstOrDefaultAsync(c.CancellationToken).ConfigureAwait(false);
                var openComplaints = await db.ServiceRecords.CountAsync(s => s.CustomerId == customer.Id && s.Type == ServiceType.Complaint && s.Status != ServiceStatus.Closed, c.CancellationToken).ConfigureAwait(false);
                var renewalOpen = await db.Deals.AnyAsync(d => d.CustomerId == customer.Id && d.Status == DealStatus.Open, c.CancellationToken).ConfigureAwait(false);
                var today = x.Team.LocalDate(x.Now);
                var signals = ChurnSignals.For(customer, new ChurnFacts(latest, openComplaints, renewalOpen), x.Team.Cadence.IntervalDays(customer.Stage, customer.Grade), x.Team.Reminders.ContractExpiryLeadDays, today, x.Now);
                var moved = signals.Count > 0 && customer.Stage != LifecycleStage.AtRisk && customer.ObserveChurnRisk([.. signals], x.Viewer.UserId, x.Now);
                return new ChurnAssessment(customer, signals, moved);
            }));
}
