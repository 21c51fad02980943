using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Reminders;

/// <summary>
/// What the customer scan would store for a set of customers, digests included: lets an import report say how many
/// reminders an import will cause before it is committed (docs/reminders.md).
/// </summary>
public static class ReminderForecast
{
    /// <param name="customers">The customers, each with the facts the scan would read for it.</param>
    /// <param name="team">Their team.</param>
    /// <param name="alreadyStored">Keys of reminders stored before (none for a fresh import).</param>
    /// <param name="now">When the scan would run.</param>
    public static IReadOnlyList<DueReminder> FirstScan(
        IEnumerable<(Customer Customer, CustomerReminderFacts Facts)> customers,
        Team team, IReadOnlySet<string> alreadyStored, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var due = customers.SelectMany(c => ReminderRules.ForCustomer(c.Customer, team, c.Facts, now));
        return ReminderDigests.Condense(due, alreadyStored, team, now);
    }
}
