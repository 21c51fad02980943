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
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(team);
        if (customer.OwnerId is not { } owner || !ReminderApplicability.Applies(ReminderKind.PoolReclaimed, customer))
        {
            return null;
        }

        var today = team.LocalDate(now);
        var preview = customer.PreviewReclaim(team.Pool, hasOpenDeal, today, now, team.TimeZone);
        if (preview is not { Applies: true, Paused: false, ReclaimAt: { } at } || at > now)
        {
            return null;
        }

        var cause = $"pool-reclaimed:{customer.Id:N}:{Stamp(customer.ReclaimClock.StartedAt)}";
        customer.ReclaimToPool(team.Pool, hasOpenDeal, today, now, team.TimeZone);
        return DueReminder.Worded(ReminderKind.PoolReclaimed, owner, customer.Id, null, cause, at,
            new ReminderWording(team.TimeZoneId, customer.Name, OccurredAt: at));
    }
}
