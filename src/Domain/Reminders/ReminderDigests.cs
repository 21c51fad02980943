using System.Globalization;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Reminders;

/// <summary>
/// No flood (ADR-033): when one scan would give one person more than the team's
/// <see cref="ReminderPolicy.DigestAbove"/> new reminders of one kind, that person gets one digest instead (提醒汇总,
/// "37 位新客户超过 7 天未跟进"), standing for every customer due for that kind, once per local day; for a kind
/// that reports an event (a reclaim: once reminded, it is never due again) once per scan instead (ADR-045).
/// </summary>
public static class ReminderDigests
{
    /// <param name="due">Everything the rules say is due for one team in one scan.</param>
    /// <param name="alreadyStored">Which of their keys were stored before.</param>
    /// <param name="team">The team (its limit, its zone, its local day).</param>
    /// <param name="now">The scan's instant.</param>
    /// <returns>What to issue: the new single ones where few, a digest per person and kind where many.</returns>
    public static IReadOnlyList<DueReminder> Condense(IEnumerable<DueReminder> due, IReadOnlySet<string> alreadyStored,
        Team team, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(alreadyStored);
        ArgumentNullException.ThrowIfNull(team);
        var result = new List<DueReminder>();
        var seen = new HashSet<string>(alreadyStored, StringComparer.Ordinal);
        foreach (var group in due.GroupBy(d => (d.RecipientId, d.Kind)))
        {
            var fresh = group.Where(d => seen.Add(Reminder.KeyOf(d))).ToList();
            if (fresh.Count <= team.Reminders.DigestAbove)
            {
                result.AddRange(fresh);
            }
            else
            {
                result.Add(Digest(group.Key.RecipientId, group.Key.Kind, [.. group], team, now));
            }
        }

        return result;
    }

    /// <summary>The cause key of a person's digest of one kind on one local day.</summary>
    public static string CauseKey(ReminderKind kind, DateOnly localDay) =>
        $"digest:{kind}:{localDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Whether a kind reports an event rather than a state. A state (a date ahead, a missing follow-up) is due again
    /// at the next scan, so one digest a day is enough and what it missed comes tomorrow; an event (a reclaim) is
    /// never due again, so each scan that has too many of it needs its own digest or they would go untold.
    /// </summary>
    public static bool ReportsEvent(ReminderKind kind) => kind == ReminderKind.PoolReclaimed;

    private static string CauseKeyAt(ReminderKind kind, Team team, DateTimeOffset now) => ReportsEvent(kind)
        ? $"digest:{kind}:{now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture)}"
        : CauseKey(kind, team.LocalDate(now));

    private static DueReminder Digest(Guid recipient, ReminderKind kind, IReadOnlyList<DueReminder> members, Team team,
        DateTimeOffset now)
    {
        var customers = members.OrderBy(m => m.DueAt).ThenBy(m => m.CustomerId).Select(m => m.CustomerId)
            .Distinct().ToList();
        var wording = new ReminderWording(team.TimeZoneId, null, Days: members[0].Wording?.Days,
            CustomerCount: customers.Count);
        var cause = CauseKeyAt(kind, team, now);
        var reminder = DueReminder.Worded(kind, recipient, customers[0], null, cause, now, wording);
        return reminder with { DigestCustomerIds = customers };
    }
}
