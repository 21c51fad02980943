using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Analytics;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Service;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Review;

/// <summary>
/// Computes a <see cref="DataReview"/> with one aggregate query per figure: the database groups and counts, only the
/// counts travel, and <see cref="ReviewFormulas"/>/<see cref="ReviewCounts"/> turn them into ratios and means. Every
/// query starts from the viewer's visible customers (<see cref="VisibilityScope"/>) narrowed to the scope; when that is
/// the whole team, records are filtered by their own team, which their (team, time) indexes serve.
/// </summary>
public sealed class DataReviewReader(CrmDbContext db)
{
    public async Task<DataReview> ReadAsync(ReviewScope scope, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var start = scope.Start;
        var end = scope.End;
        var teamId = scope.Team.Id;
        var customers = VisibilityScope.Customers(db.Customers.AsNoTracking(), viewer).Where(c => c.TeamId == teamId);
        if (scope.OwnerId is { } ownerId)
        {
            customers = customers.Where(c => c.OwnerId == ownerId);
        }

        var ids = customers.Select(c => c.Id);
        var wholeTeam = scope.OwnerId is null && VisibilityScope.SeesWholeTeam(viewer, teamId);
        var deals = wholeTeam ? db.Deals.AsNoTracking().Where(d => d.TeamId == teamId) : db.Deals.AsNoTracking().Where(
            d => ids.Contains(d.CustomerId));
        var records = wholeTeam ? db.FollowUpRecords.AsNoTracking()
            .Where(r => r.TeamId == teamId) : db.FollowUpRecords.AsNoTracking()
            .Where(r => ids.Contains(r.CustomerId));
        var plans = wholeTeam ? db.FollowUpPlans.AsNoTracking()
            .Where(p => p.TeamId == teamId) : db.FollowUpPlans.AsNoTracking()
            .Where(p => ids.Contains(p.CustomerId));
        var services = wholeTeam ? db.ServiceRecords.AsNoTracking()
            .Where(s => s.TeamId == teamId) : VisibilityScope.OfCustomers(db.ServiceRecords.AsNoTracking(), ids);
        var wonInPeriod = deals.Where(d => d.Status == DealStatus.Won && d.ClosedAt >= start && d.ClosedAt < end);
        var wonCustomerIds = wonInPeriod.Select(d => d.CustomerId);

        var sources = await customers.Where(c => c.EnteredAt >= start && c.EnteredAt < end)
            .GroupBy(c => new { c.Profile.Source, c.Profile.CustomSource })
            .Select(g => new
            {
                g.Key.Source,
                g.Key.CustomSource,
                Customers = g.Count(),
                Converted = g.Count(c => wonCustomerIds.Contains(c.Id)),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var cycles = await customers.Where(c => wonCustomerIds.Contains(c.Id))
            .Select(c => new
            {
                c.Grade,
                Micros = (wonInPeriod.Where(d => d.CustomerId == c.Id).Min(
                    d => SqlTime.Microseconds(d.ClosedAt)) ?? 0) - SqlTime.Microseconds(c.FirstContactAt),
            })
            .GroupBy(x => x.Grade)
            .Select(g => new { g.Key, Converted = g.Count(), Micros = g.Sum(x => x.Micros) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var recordsInPeriod = records.Where(r => r.HappenedAt >= start && r.HappenedAt < end);
        var channels = await recordsInPeriod.Select(r => new { r.Channel, r.CustomerId }).Distinct()
            .GroupBy(x => x.Channel)
            .Select(
                g => new { g.Key, Customers = g.Count(), Won = g.Count(x => wonCustomerIds.Contains(x.CustomerId)) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var lost = await deals.Where(
            d => d.Status == DealStatus.Lost && d.LostReason != null && d.ClosedAt >= start && d.ClosedAt < end)
            .GroupBy(d => d.LostReason!.Value)
            .Select(g => new { g.Key, Deals = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return new DataReview(
            scope,
            ReviewFormulas.BySourceCounts([.. sources.Select(
                s => new SourceCount(ReviewSourceKey.Of(s.Source, s.CustomSource), s.Customers, s.Converted))]),
            await FunnelAsync(customers, start, end, cancellationToken).ConfigureAwait(false),
            ReviewFormulas.WinRateByChannelCounts(channels.Select(c => new ChannelCount(c.Key, c.Customers, c.Won))),
            ReviewFormulas.LostReasonCounts(lost.ToDictionary(l => l.Key, l => l.Deals)),
            await TimelinessAsync(scope, customers, plans, recordsInPeriod, cancellationToken).ConfigureAwait(false),
            await ServiceAsync(services, start, end, cancellationToken).ConfigureAwait(false),
            ReviewFormulas.DaysToConversionByGradeTotals(
                cycles.Select(c => new GradeConversionTotal(c.Key, c.Converted, SqlTime.FromMicroseconds(c.Micros)))));
    }

    private static async Task<ReviewFunnel> FunnelAsync(
        IQueryable<Domain.Customers.Customer> customers, DateTimeOffset start, DateTimeOffset end,
        CancellationToken cancellationToken)
    {
        // One pass over the customers for both breakdowns.
        var current = await customers.Where(c => !c.IsArchived).GroupBy(c => new { c.Stage, c.Grade })
            .Select(g => new { g.Key.Stage, g.Key.Grade, Customers = g.Count() })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
        var stages = current.GroupBy(c => c.Stage)
            .Select(g => new { g.Key, Customers = g.Sum(c => c.Customers) })
            .ToList();
        var grades = current.GroupBy(c => c.Grade)
            .Select(g => new { g.Key, Customers = g.Sum(c => c.Customers) })
            .ToList();
        var moves = await customers.SelectMany(c => c.StageHistory)
            .Where(h => h.From != null && h.At >= start && h.At < end)
            .GroupBy(h => new { h.From, h.To })
            .Select(g => new { g.Key.From, g.Key.To, Moves = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ReviewFunnel(
            ReviewCounts.CustomersPerStageCounts(stages.ToDictionary(s => s.Key, s => s.Customers)),
            [.. grades.Select(g => new GradeCount(g.Key, g.Customers)).OrderBy(
                g => g.Grade is null ? 9 : (int)g.Grade.Value)],
            [.. moves.Select(m => new StageMove(m.From!.Value, m.To, m.Moves)).OrderBy(m => m.From).ThenBy(m => m.To)]);
    }

    private static async Task<ReviewTimeliness> TimelinessAsync(
        ReviewScope scope, IQueryable<Domain.Customers.Customer> customers, IQueryable<FollowUpPlan> plans,
        IQueryable<FollowUpRecord> recordsInPeriod, CancellationToken cancellationToken)
    {
        var (start, end, asOf) = (scope.Start, scope.End, scope.AsOf);
        var deadlineHours = scope.Team.Reminders.EntryDeadlineHours;
        var deadline = SqlTime.ToMicroseconds(TimeSpan.FromHours(deadlineHours));
        var overdue = await plans.CountAsync(
            p => p.Status == FollowUpPlanStatus.Planned && p.DueAt < asOf, cancellationToken)
            .ConfigureAwait(false);
        var lateCustomers = await customers
            .CountAsync(c => c.EnteredAt >= start && c.EnteredAt < end && SqlTime.Microseconds(
                c.EnteredAt) - SqlTime.Microseconds(c.FirstContactAt) > deadline, cancellationToken)
                .ConfigureAwait(false);
        var records = await recordsInPeriod
            .Select(r => SqlTime.Microseconds(r.RecordedAt) - SqlTime.Microseconds(r.HappenedAt))
            .GroupBy(_ => 1)
            .Select(g => new { Records = g.Count(), Late = g.Count(lag => lag > deadline), Micros = g.Sum(lag => lag) })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return new ReviewTimeliness(
            deadlineHours,
            overdue,
            lateCustomers,
            records?.Records ?? 0,
            records?.Late ?? 0,
            ReviewFormulas.AverageHours(SqlTime.FromMicroseconds(records?.Micros ?? 0), records?.Records ?? 0));
    }

    private static async Task<ReviewServiceFigures> ServiceAsync(
        IQueryable<ServiceRecord> services, DateTimeOffset start, DateTimeOffset end,
        CancellationToken cancellationToken)
    {
        var requested = services.Where(s => s.RequestedAt >= start && s.RequestedAt < end);
        var counts = await requested
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Services = g.Count(),
                Complaints = g.Count(s => s.Type == ServiceType.Complaint),
                Answered = g.Count(s => s.AnsweredAt != null),
                ResponseMicros = g.Sum(s => s.AnsweredAt != null ? SqlTime.Microseconds(
                    s.AnsweredAt) - SqlTime.Microseconds(s.RequestedAt) : 0) ?? 0,
            })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var served = await requested.Select(s => s.CustomerId).Distinct().CountAsync(cancellationToken).ConfigureAwait(
            false);

        // A service's satisfaction is settled by the later of its resolution and its revisit (a reopened complaint is
        // resolved again).
        var judged = await services
            .Where(s => s.Satisfied != null)
            .Select(s => new
            {
                s.Satisfied,
                JudgedAt = s.RevisitedAt != null && s.RevisitedAt > s.ResolvedAt ? s.RevisitedAt : s.ResolvedAt,
            })
            .Where(s => s.JudgedAt >= start && s.JudgedAt < end)
            .GroupBy(_ => 1)
            .Select(g => new { Judged = g.Count(), Satisfied = g.Count(s => s.Satisfied == true) })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);

        return new ReviewServiceFigures(
            ReviewCounts.Services(
                counts?.Services ?? 0, counts?.Complaints ?? 0, counts?.Answered ?? 0,
                SqlTime.FromMicroseconds(counts?.ResponseMicros ?? 0)),
            served,
            judged?.Judged ?? 0,
            judged?.Satisfied ?? 0,
            ReviewCounts.ServiceSatisfactionPercent(judged?.Satisfied ?? 0, judged?.Judged ?? 0));
    }
}
