using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Reminders;
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

    public async Task<IReadOnlyList<PlanWithCustomer>> OpenPlansAsync(
        Guid teamId, FollowUpScanWindow window, FollowUpPlan? after, int limit, CancellationToken cancellationToken)
    {
        var ids = await OpenPlanIds(teamId, window, after).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(
            false);
        var plans = await db.FollowUpPlans.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.DueAt).ThenBy(
            p => p.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var customerIds = plans.Select(p => p.CustomerId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(
            c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken).ConfigureAwait(false);
        return [.. plans.Where(p => customers.ContainsKey(p.CustomerId)).Select(
            p => new PlanWithCustomer(p, customers[p.CustomerId]))];
    }

    /// <summary>
    /// The ids behind <see cref="OpenPlansAsync"/>, in keyset order. Only ids, so PostgreSQL answers from the covering
    /// indexes, marks included; a window is the union of its three ranges, each an index range (ADR-030). The benchmark
    /// explains it.
    /// </summary>
    internal IQueryable<Guid> OpenPlanIds(Guid teamId, FollowUpScanWindow window, FollowUpPlan? after)
    {
        ArgumentNullException.ThrowIfNull(window);
        var now = window.Now;
        var dueBefore = window.DueBefore;
        var open = db.FollowUpPlans.AsNoTracking()
            .Where(p => p.Status == FollowUpPlanStatus.Planned && p.TeamId == teamId && p.DueAt < dueBefore);
        if (window.Since is { } since)
        {
            var soonSince = since + window.DueSoon;
            open = open.Where(p => p.DueAt >= since && p.DueAt < now)
                .Union(open.Where(p => p.DueAt >= soonSince))
                .Union(open.Where(p => p.ScheduledAt >= since));
        }

        // Not yet reminded: the mark of the plan's present kind is not its due time.
        open = open.Where(
            p => (p.DueAt < now && EF.Property<DateTimeOffset?>(p, PlanReminderMarks.OverdueFor) != p.DueAt)
            || (p.DueAt >= now && EF.Property<DateTimeOffset?>(p, PlanReminderMarks.DueSoonFor) != p.DueAt));
        if (after is not null)
        {
            var (afterDue, afterId) = (after.DueAt, after.Id);
            open = open.Where(p => p.DueAt > afterDue || (p.DueAt == afterDue && p.Id > afterId));
        }

        return open.OrderBy(p => p.DueAt).ThenBy(p => p.Id).Select(p => p.Id);
    }

    public async Task MarkRemindedAsync(IReadOnlyCollection<RemindedPlan> plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);

        // One statement per kind and due time; the due time in the condition keeps a plan rescheduled meanwhile
        // unmarked.
        foreach (var group in plans.GroupBy(p => (p.Kind, p.DueAt)))
        {
            var ids = group.Select(p => p.PlanId).Distinct().ToList();
            var dueAt = group.Key.DueAt;
            var mark = group.Key.Kind switch
            {
                ReminderKind.FollowUpOverdue => PlanReminderMarks.OverdueFor,
                ReminderKind.FollowUpDueSoon => PlanReminderMarks.DueSoonFor,
                _ => throw new ArgumentException($"{group.Key.Kind} is not a follow-up reminder.", nameof(plans)),
            };
            await db.FollowUpPlans.Where(p => ids.Contains(p.Id) && p.DueAt == dueAt)
                .ExecuteUpdateAsync(
                    set => set.SetProperty(p => EF.Property<DateTimeOffset?>(p, mark), dueAt), cancellationToken)
                    .ConfigureAwait(false);
        }
    }

    public async Task<FollowUpScanMark?> FollowUpScanMarkAsync(Guid teamId, CancellationToken cancellationToken) =>
        (await db.FollowUpScanMarks.AsNoTracking().SingleOrDefaultAsync(
            m => m.TeamId == teamId, cancellationToken).ConfigureAwait(false))?.ToMark();

    public async Task SaveFollowUpScanMarkAsync(Guid teamId, FollowUpScanMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mark);
        var updated = await db.FollowUpScanMarks.Where(m => m.TeamId == teamId).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.ScannedUntil, mark.ScannedUntil)
                .SetProperty(m => m.DueSoonHours, mark.DueSoonHours)
                .SetProperty(m => m.FullScanAt, mark.FullScanAt),
            cancellationToken).ConfigureAwait(false);
        if (updated > 0)
        {
            return;
        }

        var row = new FollowUpScanMarkRow
        {
            TeamId = teamId,
            ScannedUntil = mark.ScannedUntil,
            DueSoonHours = mark.DueSoonHours,
            FullScanAt = mark.FullScanAt,
        };
        db.FollowUpScanMarks.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            db.Entry(row).State = EntityState.Detached;

            // Another node stored the team's first mark at the same moment; either mark is right. Anything else is not
            // ours to hide.
            if (!await db.FollowUpScanMarks.AnyAsync(m => m.TeamId == teamId, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }

            return;
        }

        db.Entry(row).State = EntityState.Detached;
    }

    public async Task<IReadOnlyList<Guid>> SupervisorIdsAsync(Guid teamId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(
            u => u.TeamId == teamId && u.Role == UserRole.Supervisor).OrderBy(u => u.Id).Select(u => u.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<CustomerWithFacts>> OwnedCustomersForChangeAsync(
        Guid teamId, Guid? afterCustomerId, int limit, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await CustomersAsync(
            db.Customers.Where(c => c.OwnerId != null), teamId, DateTimeOffset.MaxValue, afterCustomerId, limit,
            cancellationToken)
            .ConfigureAwait(false);
    }

    public Task<IReadOnlyList<CustomerWithFacts>> CustomersAsync(
        Guid teamId, DateTimeOffset followedUpSince, Guid? afterCustomerId, int limit,
        CancellationToken cancellationToken) =>
        CustomersAsync(db.Customers.AsNoTracking(), teamId, followedUpSince, afterCustomerId, limit, cancellationToken);

    private async Task<IReadOnlyList<CustomerWithFacts>> CustomersAsync(
        IQueryable<Domain.Customers.Customer> source, Guid teamId, DateTimeOffset followedUpSince,
        Guid? afterCustomerId, int limit, CancellationToken cancellationToken)
    {
        var query = source.Where(c => c.TeamId == teamId && !c.IsArchived);
        if (afterCustomerId is { } after)
        {
            query = query.Where(c => c.Id > after);
        }

        var customers = await query.OrderBy(c => c.Id).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = customers.Select(c => c.Id).ToList();
        var followedUp = (await db.FollowUpRecords.AsNoTracking().Where(
            r => ids.Contains(r.CustomerId) && r.HappenedAt >= followedUpSince)
            .Select(r => r.CustomerId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        var withOpenDeal = (await db.Deals.AsNoTracking().Where(
            d => ids.Contains(d.CustomerId) && d.Status == DealStatus.Open)
            .Select(d => d.CustomerId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        return [
            .. customers.Select(c => new CustomerWithFacts(c, followedUp.Contains(c.Id), withOpenDeal.Contains(c.Id)))];
    }
}
