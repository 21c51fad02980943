using System.Globalization;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Reminders;

/// <summary>Birthdays and founding dates kept in the profile (not as key dates) are key dates too.</summary>
public static partial class ReminderRules
{
    /// <summary>A birthday or founding date kept only in the profile is reminded like a yearly key date.</summary>
    private static IEnumerable<DueReminder> ProfileDates(Customer customer, Team team, Guid owner, DateOnly today)
    {
        var dates = new List<(DateOnly Date, KeyDateKind Kind, string What, string Label)>();
        if (customer.Profile.Birthday is { } birthday && customer.KeyDates.All(k => k.Kind != KeyDateKind.Birthday))
        {
            dates.Add((birthday, KeyDateKind.Birthday, "birthday", "生日 / birthday"));
        }

        if (customer.Profile.FoundedOn is { } founded && customer.KeyDates.All(
            k => k.Kind != KeyDateKind.CompanyAnniversary))
        {
            dates.Add((founded, KeyDateKind.CompanyAnniversary, "anniversary", "公司周年 / anniversary"));
        }

        foreach (var (date, _, what, label) in dates)
        {
            var next = Yearly(date, today.Year) >= today ? Yearly(date, today.Year) : Yearly(date, today.Year + 1);
            if (next.DayNumber - today.DayNumber > team.Reminders.KeyDateLeadDays)
            {
                continue;
            }

            var day = next.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return DueReminder.Worded(ReminderKind.KeyDateAhead, owner, customer.Id, null,
                $"profile-date:{customer.Id:N}:{what}:{day}", Cadence.AtLocalDueHour(team, next),
                new ReminderWording(team.TimeZoneId, customer.Name, Detail: label));
        }
    }

    // 29 February falls on 28 February in other years.
    private static DateOnly Yearly(DateOnly date, int year) =>
        new(year, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(year, date.Month)));
}
