using System.ComponentModel;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.Retention;
using CrmGraph.Domain.Service;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>The input of <c>assessChurnRisk</c> (GraphQL: <c>AssessChurnRiskInput</c>).</summary>
public sealed record AssessChurnRiskInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion);

/// <summary>
/// Gathers the facts churn is judged on (latest satisfaction score, open complaints, an open renewal deal) and lets
/// the domain find the signals (<see cref="ChurnSignals"/>) and move the customer to at risk.
/// </summary>
public static class AssessChurnRisk
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, AssessChurnRiskInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cancellation = context.CancellationToken;
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, async (customer, x, db) =>
        {
            var latest = await db.SatisfactionSurveys.Where(s => s.CustomerId == customer.Id)
                .OrderByDescending(s => s.AnsweredAt).Select(s => (int?)s.Score)
                .FirstOrDefaultAsync(cancellation).ConfigureAwait(false);
            var openComplaints = await db.ServiceRecords.CountAsync(
                s => s.CustomerId == customer.Id && s.Type == ServiceType.Complaint && s.Status != ServiceStatus.Closed,
                cancellation).ConfigureAwait(false);
            var renewalOpen = await db.Deals.AnyAsync(
                d => d.CustomerId == customer.Id && d.Status == DealStatus.Open, cancellation).ConfigureAwait(false);
            var signals = ChurnSignals.For(
                customer, new ChurnFacts(latest, openComplaints, renewalOpen),
                x.Team.Cadence.IntervalDays(customer.Stage, customer.Grade), x.Team.Reminders.ContractExpiryLeadDays,
                x.Team.LocalDate(x.Now), x.Now);
            var moved = signals.Count > 0 && customer.Stage != LifecycleStage.AtRisk
                && customer.ObserveChurnRisk([.. signals], x.Viewer.UserId, x.Now);
            return new ChurnAssessment(customer, signals, moved);
        });
    }
}
