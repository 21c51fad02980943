using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Analytics;
using CrmGraph.Domain.Care;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Service;
using CrmGraph.Domain.Teams;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Analytics;

/// <summary>
/// The counted facts of each salesperson of a team for a period, aggregated in the database (one GROUP BY per kind of
/// record, never a row per record in memory); <see cref="PerformanceFormulas"/> turns them into figures. Definitions
/// in docs/metrics.md.
/// </summary>
public sealed class PerformanceFactsQuery(CrmDbContext db)
{
    public async Task<IReadOnlyList<PerformanceFacts>> ForTeamAsync(
        Team team, DateOnly periodStart, DateOnly periodEnd, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var teamId = team.Id;
        var from = team.StartOfLocalDay(periodStart);
        var to = team.StartOfLocalDay(periodEnd.AddDays(1));
        var dueBy = to < now ? to : now;

        var salespeople = await db.Users.AsNoTracking()
            .Where(u => u.TeamId == teamId && u.Role == UserRole.Salesperson)
            .Select(u => u.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var surveys = await db.SatisfactionSurveys.AsNoTracking()
            .Where(s => s.TeamId == teamId && s.AnsweredAt >= from && s.AnsweredAt < to)
            .GroupBy(s => s.OwnerId).Select(g => new
            {
                Owner = g.Key,
                All = g.Count(),
                Satisfied = g.Count(s => s.Score >= SatisfactionSurvey.SatisfiedFromScore),
            })
            .ToDictionaryAsync(x => x.Owner, cancellationToken).ConfigureAwait(false);
        var services = await db.ServiceRecords.AsNoTracking()
            .Where(s => s.TeamId == teamId && s.RequestedAt >= from && s.RequestedAt < to)
            .GroupBy(s => s.OwnerId).Select(
                g => new { Owner = g.Key, All = g.Count(), Complaints = g.Count(s => s.Type == ServiceType.Complaint) })
            .ToDictionaryAsync(x => x.Owner, cancellationToken).ConfigureAwait(false);
        var won = await db.Deals.AsNoTracking()
            .Where(d => d.TeamId == teamId && d.Status == DealStatus.Won && d.ClosedAt >= from && d.ClosedAt < to)
            .GroupBy(d => d.OwnerId).Select(g => new
            {
                Owner = g.Key,
                Amount = g.Sum(d => d.Amount),
                Customers = g.Select(d => d.CustomerId).Distinct().Count(),
                Deals = g.Count(),
                WithoutFollowUp = g.Count(d => !db.FollowUpRecords.Any(
                    r => r.TeamId == teamId && r.OwnerId == d.OwnerId && r.CustomerId == d.CustomerId
                        && r.HappenedAt <= d.ClosedAt)),
            })
            .ToDictionaryAsync(x => x.Owner, cancellationToken).ConfigureAwait(false);
        var entered = await db.Customers.AsNoTracking()
            .Where(c => c.TeamId == teamId && c.EnteredAt >= from && c.EnteredAt < to && c.OwnerId != null)
            .GroupBy(c => c.OwnerId!.Value).Select(g => new { Owner = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Owner, x => x.Count, cancellationToken).ConfigureAwait(false);
        var recordsInPeriod = db.FollowUpRecords.AsNoTracking()
            .Where(r => r.TeamId == teamId && r.HappenedAt >= from && r.HappenedAt < to)
            .Select(r => new { Owner = r.OwnerId, r.CustomerId });
        var followedUp = await recordsInPeriod
            .GroupBy(r => r.Owner)
            .Select(g => new { Owner = g.Key, Customers = g.Select(r => r.CustomerId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Owner, x => x.Customers, cancellationToken).ConfigureAwait(false);

        // Worked customers (PerformanceCounts.WorkedInPeriod): followed up in the period, or with a deal of theirs
        // closed in it or open at some moment of it; the union is taken in SQL so a customer counts once.
        var dealsWorked = db.Deals.AsNoTracking()
            .Where(d => d.TeamId == teamId
                && ((d.ClosedAt >= from && d.ClosedAt < to) || (d.OpenedAt < to && (d.ClosedAt == null
                    || d.ClosedAt >= from))))
            .Select(d => new { Owner = d.OwnerId, d.CustomerId });
        var worked = await recordsInPeriod.Union(dealsWorked)
            .GroupBy(x => x.Owner).Select(g => new { Owner = g.Key, Customers = g.Count() })
            .ToDictionaryAsync(x => x.Owner, x => x.Customers, cancellationToken).ConfigureAwait(false);

        // Plans that fell due in the period (up to now) and were not cancelled; plans completed before the outcome was
        // recorded (DoneOnTime null) are left out of both counts.
        var plans = await db.FollowUpPlans.AsNoTracking()
            .Where(p => p.TeamId == teamId && p.DueAt >= from && p.DueAt < dueBy && (
                p.Status == FollowUpPlanStatus.Planned
                    || (p.Status == FollowUpPlanStatus.Done && p.DoneOnTime != null)))
            .GroupBy(p => p.OwnerId)
            .Select(g => new
            {
                Owner = g.Key,
                Due = g.Count(),
                OnTime = g.Count(p => p.Status == FollowUpPlanStatus.Done && p.DoneOnTime == true),
            })
            .ToDictionaryAsync(x => x.Owner, cancellationToken).ConfigureAwait(false);

        return [.. salespeople.Select(id => new PerformanceFacts(
            id,
            surveys.GetValueOrDefault(id)?.All ?? 0,
            surveys.GetValueOrDefault(id)?.Satisfied ?? 0,
            services.GetValueOrDefault(id)?.All ?? 0,
            services.GetValueOrDefault(id)?.Complaints ?? 0,
            Plain(won.GetValueOrDefault(id)?.Amount ?? 0m),
            entered.GetValueOrDefault(id),
            followedUp.GetValueOrDefault(id),
            worked.GetValueOrDefault(id),
            won.GetValueOrDefault(id)?.Customers ?? 0,
            plans.GetValueOrDefault(id)?.Due ?? 0,
            plans.GetValueOrDefault(id)?.OnTime ?? 0,
            won.GetValueOrDefault(id)?.Deals ?? 0,
            won.GetValueOrDefault(id)?.WithoutFollowUp ?? 0))];
    }

    // The engines return sums with their own scale (150000.00, 150000.0); answer the same number the same way.
    private static decimal Plain(decimal value) => value / 1.000000000000000000000000000000000m;
}
