using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Reminders;

public static partial class ReminderRules
{
    /// <summary>
    /// Returns the customer to the pool when its reclaim clock ran out (自动回收) and tells the former owner; null when
    /// the clock has not run out (or is paused, or the customer has no owner).
    /// </summary>
    public static DueReminder? Reclaim(Customer customer, Team team, bool hasOpenDeal, DateTimeOffset now)
    {
        if (ReclaimDue(customer, team, hasOpenDeal, now) is not { } due)
        {
            return null;
        }

        customer.ReclaimToPool(team.Pool, hasOpenDeal, team.LocalDate(now), now, team.TimeZone);
        return due;
    }

    /// <summary>
    /// What <see cref="Reclaim"/> would tell the owner, without changing the customer: lets the reclaim scan count a
    /// team's reclaims per owner before it makes them (ADR-045).
    /// </summary>
    public static DueReminder? ReclaimDue(Customer customer, Team team, bool hasOpenDeal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(team);
        if (customer.OwnerId is not { } owner || !ReminderApplicability.Applies(ReminderKind.PoolReclaimed, customer))
        {
            return null;
        }

        var preview = customer.PreviewReclaim(team.Pool, hasOpenDeal, team.LocalDate(now), now, team.TimeZone);
        if (preview is not { Applies: true, Paused: false, ReclaimAt: { } at } || at > now)
        {
            return null;
        }

        var cause = $"pool-reclaimed:{customer.Id:N}:{Stamp(customer.ReclaimClock.StartedAt)}";
        return DueReminder.Worded(ReminderKind.PoolReclaimed, owner, customer.Id, null, cause, at,
            new ReminderWording(team.TimeZoneId, customer.Name, OccurredAt: at));
    }
}
