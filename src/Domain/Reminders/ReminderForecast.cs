using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Reminders;

/// <summary>
/// What the customer scan would store for a set of customers, digests included: lets an import report say how many
/// reminders an import will cause before it is committed (docs/reminders.md). The scan stores exactly this.
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
        return FirstScan(customers.SelectMany(c => ReminderRules.ForCustomer(c.Customer, team, c.Facts, now)), team,
            alreadyStored, now);
    }

    /// <summary>The same, from what the rules already said is due (a scan reads its customers in batches).</summary>
    public static IReadOnlyList<DueReminder> FirstScan(IEnumerable<DueReminder> due, Team team,
        IReadOnlySet<string> alreadyStored, DateTimeOffset now) =>
        ReminderDigests.Condense(due, alreadyStored, team, now);

    /// <summary>Counts a forecast per kind, and the most any one person would get.</summary>
    public static ReminderForecastSummary Summarise(IEnumerable<DueReminder> issued)
    {
        ArgumentNullException.ThrowIfNull(issued);
        var all = issued.ToList();
        var kinds = all.GroupBy(r => r.Kind).OrderBy(g => g.Key).Select(g => new ReminderForecastLine(
            g.Key,
            g.Count(),
            g.Count(r => r.IsDigest),
            g.SelectMany(r => r.IsDigest ? r.DigestCustomerIds : [r.CustomerId]).Distinct().Count(),
            g.GroupBy(r => r.RecipientId).Max(p => p.Count()))).ToList();
        var most = all.Count == 0 ? 0 : all.GroupBy(r => r.RecipientId).Max(p => p.Count());
        return new ReminderForecastSummary(all.Count, all.Count(r => r.IsDigest), most, kinds);
    }
}

/// <summary>
/// What the next customer scan would store: how many reminders, how many digests, the most for one person.
/// </summary>
public sealed record ReminderForecastSummary(int Reminders, int Digests, int MostForOnePerson,
    IReadOnlyList<ReminderForecastLine> Kinds);

/// <summary>One kind of a forecast: reminders (digests included), digests, the customers they are about.</summary>
public sealed record ReminderForecastLine(ReminderKind Kind, int Reminders, int Digests, int Customers,
    int MostForOnePerson);
