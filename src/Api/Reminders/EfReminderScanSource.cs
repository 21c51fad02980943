using CrmGraph.Api.Persistence;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;
using Team = CrmGraph.Domain.Teams.Team;

namespace CrmGraph.Api.Reminders;

/// <summary>
/// The scan reads with EF, untracked, in keyset batches; open plans come from the partial index on open plans'
/// due time, and their customers in one query per batch.
/// </summary>
public sealed class EfReminderScanSource(CrmDbContext db) : IReminderScanSource
{
    public async Task<IReadOnlyList<Team>> TeamsAsync(CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<PlanWithCustomer>> OpenPlansAsync(Guid teamId, DateTimeOffset dueBefore, Guid? afterPlanId, int limit, CancellationToken cancellationToken)
    {
        var query = db.FollowUpPlans.AsNoTracking().Where(p => p.Status == FollowUpPlanStatus.Planned && p.DueAt < dueBefore && p.TeamId == teamId);
        if (afterPlanId is { } after)
        {
            query = query.Where(p => p.Id > after);
        }

        var plans = await query.OrderBy(p => p.Id).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        var customerIds = plans.Select(p => p.CustomerId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken).ConfigureAwait(false);
        return [.. plans.Where(p => customers.ContainsKey(p.CustomerId)).Select(p => new PlanWithCustomer(p, customers[p.CustomerId]))];
    }
}
