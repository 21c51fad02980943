using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Service;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Api.Tests.Review;

/// <summary>
/// Writes review datasets through the domain with explicit instants (every "now" is the event's own time).
/// </summary>
public sealed class ReviewData(CrmDbContext db, Team team, SequentialIds ids)
{
    public Customer Customer(
        Guid ownerId, CustomerSource source, DateTimeOffset firstContactAt, DateTimeOffset enteredAt,
        string? customSource = null)
    {
        var profile = CustomerProfile.Empty with { Source = source, CustomSource = customSource };
        var customer = Domain.Customers.Customer.Register(
            ids.NewId(), team.Id, ownerId, CustomerKind.Individual, "客户" + ids.NewId().ToString()[^4..], firstContactAt,
            enteredAt, profile, team.CustomSources);
        db.Customers.Add(customer);
        return customer;
    }

    public FollowUpRecord Record(
        Customer customer, FollowUpChannel channel, DateTimeOffset happenedAt, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var details = new FollowUpDetails(happenedAt, channel, FollowUpPurpose.NeedsDiscovery, "沟通需求");
        var recorded = FollowUpRecording.Record(
            customer, team, null, 0, ids.NewId(), ids.NewId(), customer.OwnerId!.Value, details, recordedAt);
        db.FollowUpRecords.Add(recorded.Record);
        return recorded.Record;
    }

    public Deal Won(Customer customer, DateTimeOffset openedAt, DateTimeOffset closedAt, decimal amount = 1000m)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var deal = DealClosing.Open(ids.NewId(), customer, customer.OwnerId!.Value, "产品", amount, null, null, openedAt);
        DealClosing.Win(
            deal, customer, new WinTerms("价格合适"), ids.NewId(), ids.NewId(), customer.OwnerId!.Value, closedAt,
            team: team);
        db.Deals.Add(deal);
        return deal;
    }

    public Deal Lost(Customer customer, LostReason reason, DateTimeOffset openedAt, DateTimeOffset closedAt)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var deal = DealClosing.Open(ids.NewId(), customer, customer.OwnerId!.Value, "产品", 500m, null, null, openedAt);
        DealClosing.Lose(deal, customer, reason, "原因说明", closedAt);
        db.Deals.Add(deal);
        return deal;
    }

    public FollowUpPlan Plan(Customer customer, DateTimeOffset dueAt, DateTimeOffset createdAt, bool cancelled = false)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var plan = FollowUpPlan.Schedule(
            ids.NewId(), team.Id, customer.Id, customer.OwnerId!.Value, dueAt, FollowUpChannel.Phone,
            FollowUpPurpose.Other, null, createdAt);
        if (cancelled)
        {
            plan.Cancel("客户改期", createdAt);
        }

        db.FollowUpPlans.Add(plan);
        return plan;
    }

    /// <summary>A service record; each later step is applied when its time is given.</summary>
    public ServiceRecord Service(
        Customer customer, ServiceType type, DateTimeOffset requestedAt, DateTimeOffset? answeredAt = null,
        (DateTimeOffset At, bool? Satisfied)? resolved = null, (DateTimeOffset At, bool Satisfied)? revisited = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var service = ServiceRecord.Open(
            ids.NewId(), team.Id, customer.Id, customer.OwnerId!.Value, type, "服务内容", requestedAt, requestedAt);
        if (answeredAt is { } answered)
        {
            service.Answer("已响应", answered);
        }

        if (resolved is { } r)
        {
            service.Resolve("已处理", r.Satisfied, r.At);
        }

        if (revisited is { } v)
        {
            service.Revisit("已回访", v.Satisfied, v.At);
        }

        db.ServiceRecords.Add(service);
        return service;
    }
}
