using CrmGraph.Domain.Care;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Service;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Tests.Shared.Months;

/// <summary>Where <see cref="MonthWriter"/> puts the domain objects: lists in memory, or a DbContext.</summary>
public interface IMonthSink
{
    void Add(Customer customer);

    void Add(FollowUpRecord record);

    void Add(FollowUpPlan plan);

    void Add(Deal deal);

    void Add(SatisfactionSurvey survey);

    void Add(ServiceRecord service);
}

/// <summary>
/// Turns a <see cref="GeneratedMonth"/> into real domain objects through the domain's own operations (register,
/// record, plan, open/win/lose, answer/resolve/revisit), every "now" being the event's own time.
/// </summary>
public static class MonthWriter
{
    public static void Write(GeneratedMonth month, Team team, IReadOnlyList<Guid> salespeople, Func<Guid> newId,
        IMonthSink sink)
    {
        ArgumentNullException.ThrowIfNull(month);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(salespeople);
        ArgumentNullException.ThrowIfNull(newId);
        ArgumentNullException.ThrowIfNull(sink);
        var customers = month.Customers.Select((c, i) =>
        {
            var profile = CustomerProfile.Empty with { Source = c.Source };
            var customer = Customer.Register(
                newId(), team.Id, salespeople[c.Owner], CustomerKind.Individual, "客户" + i, c.FirstContactAt,
                    c.EnteredAt, profile, team.CustomSources);
            sink.Add(customer);
            return customer;
        }).ToList();

        foreach (var r in month.Records)
        {
            Record(team, customers[r.Customer], null, r.Channel, r.HappenedAt, r.RecordedAt, newId, sink);
        }

        foreach (var p in month.Plans)
        {
            var customer = customers[p.Customer];
            var plan = FollowUpPlan.Schedule(
                newId(), team.Id, customer.Id, customer.OwnerId!.Value, p.DueAt, FollowUpChannel.Phone,
                    FollowUpPurpose.Other, null, customer.EnteredAt);
            switch (p.Outcome)
            {
                case MonthPlanOutcome.Cancelled: plan.Cancel("客户改期", customer.EnteredAt); break;
                case MonthPlanOutcome.Done:
                    Record(team, customer, plan, FollowUpChannel.Phone, p.DoneAt, p.DoneAt,
                    newId, sink); break;
                default: break;
            }

            sink.Add(plan);
        }

        foreach (var d in month.Deals)
        {
            var customer = customers[d.Customer];
            var owner = customer.OwnerId!.Value;
            var deal = DealClosing.Open(newId(), customer, owner, "产品", d.Amount, null, null, d.OpenedAt);
            if (d.Status == DealStatus.Won)
            {
                DealClosing.Win(deal, customer, new WinTerms("价格合适"), newId(), newId(), owner, d.ClosedAt, team: team);
            }
            else if (d.Status == DealStatus.Lost)
            {
                DealClosing.Lose(deal, customer, d.Reason, "原因说明", d.ClosedAt);
            }

            sink.Add(deal);
        }

        foreach (var s in month.Surveys)
        {
            var customer = customers[s.Customer];
            sink.Add(SatisfactionSurvey.Answer(newId(), team.Id, customer.Id, customer.OwnerId!.Value, s.Score, null,
                s.AnsweredAt));
        }

        foreach (var s in month.Services)
        {
            var customer = customers[s.Customer];
            var service = ServiceRecord.Open(newId(), team.Id, customer.Id, customer.OwnerId!.Value, s.Type, "服务内容",
                s.RequestedAt, s.RequestedAt);
            if (s.AnsweredAt is { } answered)
            {
                service.Answer("已响应", answered);
            }

            if (s.ResolvedAt is { } resolved)
            {
                service.Resolve("已处理", s.ResolvedSatisfied, resolved);
            }

            if (s.RevisitedAt is { } revisited)
            {
                service.Revisit("已回访", s.RevisitSatisfied, revisited);
            }

            sink.Add(service);
        }
    }

    private static void Record(
        Team team, Customer customer, FollowUpPlan? plan, FollowUpChannel channel, DateTimeOffset happenedAt,
            DateTimeOffset recordedAt,
        Func<Guid> newId, IMonthSink sink)
    {
        var details = new FollowUpDetails(happenedAt, channel, FollowUpPurpose.NeedsDiscovery, "沟通需求");
        var recorded = FollowUpRecording.Record(customer, team, plan, 0, newId(), newId(), customer.OwnerId!.Value,
            details, recordedAt);
        sink.Add(recorded.Record);
    }
}
