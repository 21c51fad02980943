using CrmGraph.Domain.Care;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Service;

namespace CrmGraph.Domain.Analytics;

/// <summary>A customer as the evaluation counts it: its owner now and its entry time.</summary>
public sealed record WorkCustomer(Guid? OwnerId, DateTimeOffset EnteredAt);

/// <summary>A follow-up record: who owns it, for which customer, when the contact happened.</summary>
public sealed record WorkRecord(Guid OwnerId, Guid CustomerId, DateTimeOffset HappenedAt);

public sealed record WorkDeal(
    Guid OwnerId, Guid CustomerId, DealStatus Status, decimal Amount, DateTimeOffset OpenedAt,
        DateTimeOffset? ClosedAt);

public sealed record WorkPlan(Guid OwnerId, DateTimeOffset DueAt, FollowUpPlanStatus Status, bool? DoneOnTime);

public sealed record WorkSurvey(Guid OwnerId, int Score, DateTimeOffset AnsweredAt);

public sealed record WorkService(Guid OwnerId, ServiceType Type, DateTimeOffset RequestedAt);

/// <summary>The rows of one team that the evaluation counts.</summary>
public sealed record PerformanceRows(
    IReadOnlyCollection<WorkCustomer> Customers,
    IReadOnlyCollection<WorkRecord> Records,
    IReadOnlyCollection<WorkDeal> Deals,
    IReadOnlyCollection<WorkPlan> Plans,
    IReadOnlyCollection<WorkSurvey> Surveys,
    IReadOnlyCollection<WorkService> Services);

/// <summary>
/// The facts of the evaluation defined once over rows in memory (the API counts the same in SQL; docs/metrics.md says
/// why each is defined so). Every record is credited to the salesperson who owns it; the period is [from, to).
/// </summary>
public static class PerformanceCounts
{
    public static IReadOnlyList<PerformanceFacts> Count(
        IEnumerable<Guid> salespeople, PerformanceRows rows, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(salespeople);
        ArgumentNullException.ThrowIfNull(rows);
        bool In(DateTimeOffset? at) => at >= from && at < to;
        var dueBy = to < now ? to : now;
        return [.. salespeople.Select(id =>
        {
            var surveys = rows.Surveys.Where(s => s.OwnerId == id && In(s.AnsweredAt)).ToList();
            var services = rows.Services.Where(s => s.OwnerId == id && In(s.RequestedAt)).ToList();
            var records = rows.Records.Where(r => r.OwnerId == id).ToList();
            var deals = rows.Deals.Where(d => d.OwnerId == id).ToList();
            var won = deals.Where(d => d.Status == DealStatus.Won && In(d.ClosedAt)).ToList();
            var followedUp = records.Where(r => In(r.HappenedAt)).Select(r => r.CustomerId).ToHashSet();
            var worked = followedUp.Union(deals.Where(d => WorkedInPeriod(d, from, to)).Select(d => d.CustomerId))
                .ToHashSet();
            var plans = rows.Plans.Where(p => p.OwnerId == id && p.DueAt >= from && p.DueAt < dueBy && Judged(p))
                .ToList();
            return new PerformanceFacts(
                id,
                surveys.Count,
                surveys.Count(s => s.Score >= SatisfactionSurvey.SatisfiedFromScore),
                services.Count,
                services.Count(s => s.Type == ServiceType.Complaint),
                won.Sum(d => d.Amount),
                rows.Customers.Count(c => c.OwnerId == id && In(c.EnteredAt)),
                followedUp.Count,
                worked.Count,
                won.Select(d => d.CustomerId).Distinct().Count(),
                plans.Count,
                plans.Count(p => p.Status == FollowUpPlanStatus.Done && p.DoneOnTime == true),
                won.Count,
                won.Count(d => !records.Any(r => r.CustomerId == d.CustomerId && r.HappenedAt <= d.ClosedAt)));
        })];
    }

    /// <summary>
    /// 跟进中: a deal the salesperson worked in the period — closed in it, or open at some moment of it. A deal
    /// won in the period is always worked, so converted customers are a subset of worked ones.
    /// </summary>
    public static bool WorkedInPeriod(WorkDeal deal, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return (deal.ClosedAt >= from && deal.ClosedAt < to)
            || (deal.OpenedAt < to && (deal.ClosedAt is null || deal.ClosedAt >= from));
    }

    /// <summary>A plan counts as due when open or done with a known outcome (older plans without one are left
    /// out).</summary>
    private static bool Judged(WorkPlan plan) =>
        plan.Status == FollowUpPlanStatus.Planned
        || (plan.Status == FollowUpPlanStatus.Done && plan.DoneOnTime is not null);
}
