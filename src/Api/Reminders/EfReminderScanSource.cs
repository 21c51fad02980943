using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Users;
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

    public async Task<IReadOnlyList<Guid>> SupervisorIdsAsync(Guid teamId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.TeamId == teamId && u.Role == UserRole.Supervisor).OrderBy(u => u.Id).Select(u => u.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<CustomerWithFacts>> OwnedCustomersForChangeAsync(Guid teamId, Guid? afterCustomerId, int limit, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await CustomersAsync(db.Customers.Where(c => c.OwnerId != null), teamId, DateTimeOffset.MaxValue, afterCustomerId, limit, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<CustomerWithFacts>> CustomersAsync(Guid teamId, DateTimeOffset followedUpSince, Guid? afterCustomerId, int limit, CancellationToken cancellationToken) =>
        CustomersAsync(db.Customers.AsNoTracking(), teamId, followedUpSince, afterCustomerId, limit, cancellationToken);

    private async Task<IReadOnlyList<CustomerWithFacts>> CustomersAsync(IQueryable<Domain.Customers.Customer> source, Guid teamId, DateTimeOffset followedUpSince, Guid? afterCustomerId, int limit, CancellationToken cancellationToken)
    {
        var query = source.Where(c => c.TeamId == teamId && !c.IsArchived);
        if (afterCustomerId is { } after)
        {
            query = query.Where(c => c.Id > after);
        }

        var customers = await query.OrderBy(c => c.Id).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = customers.Select(c => c.Id).ToList();
        var followedUp = (await db.FollowUpRecords.AsNoTracking().Where(r => ids.Contains(r.CustomerId) && r.HappenedAt >= followedUpSince)
            .Select(r => r.CustomerId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        var withOpenDeal = (await db.Deals.AsNoTracking().Where(d => ids.Contains(d.CustomerId) && d.Status == DealStatus.Open)
            .Select(d => d.CustomerId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        return [.. customers.Select(c => new CustomerWithFacts(c, followedUp.Contains(c.Id), withOpenDeal.Contains(c.Id)))];
    }
}
