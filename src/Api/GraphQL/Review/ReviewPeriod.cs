using CrmGraph.Domain.Teams;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Review;

/// <summary>
/// Reads <c>ReviewPeriodInput</c>: a month (<c>{ year, month }</c>) or inclusive local days (<c>{ from, to }</c>);
/// without it, the current month in the team's time zone.
/// </summary>
public static class ReviewPeriod
{
    public const int MaxDays = 366;

    // Far enough either way for any review; keeps every bound a valid instant in any time zone.
    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static readonly DateOnly Latest = new(9998, 12, 31);

    public static (DateOnly From, DateOnly To) Resolve(
        IReadOnlyDictionary<string, object?>? input, Team team, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(team);
        var year = Value<int?>(input, "year");
        var month = Value<int?>(input, "month");
        var from = Value<DateOnly?>(input, "from");
        var to = Value<DateOnly?>(input, "to");
        var monthGiven = year is not null || month is not null;
        var daysGiven = from is not null || to is not null;
        if (monthGiven && daysGiven)
        {
            throw Invalid("'period' takes either { year, month } or { from, to }, not both.");
        }

        if (daysGiven)
        {
            if (from is not { } first || to is not { } last)
            {
                throw Invalid(
                    $"'period.{(from is null ? "from" : "to")}' is missing: a range needs both 'from' and 'to'.");
            }

            if (first > last)
            {
                throw Invalid($"'period.from' ({first:yyyy-MM-dd}) is after 'period.to' ({last:yyyy-MM-dd}).");
            }

            if (first < Earliest || last > Latest)
            {
                throw Invalid($"'period' must lie between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.");
            }

            var days = last.DayNumber - first.DayNumber + 1;
            return days > MaxDays
                ? throw Invalid($"'period' spans {days} days; a review covers at most {MaxDays}.")
                : (first, last);
        }

        if (monthGiven)
        {
            if (year is not { } y || month is not { } m)
            {
                throw Invalid(
                    $"'period.{(year is null ? "year" : "month")}' is missing: a month needs both 'year' and 'month'.");
            }

            if (m is < 1 or > 12)
            {
                throw Invalid($"'period.month' is {m}; it must be 1 to 12.");
            }

            if (y < Earliest.Year || y > Latest.Year)
            {
                throw Invalid($"'period.year' is {y}; it must be {Earliest.Year} to {Latest.Year}.");
            }

            return Month(y, m);
        }

        var today = team.LocalDate(now);
        return Month(today.Year, today.Month);
    }

    private static (DateOnly From, DateOnly To) Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return (first, first.AddMonths(1).AddDays(-1));
    }

    private static T? Value<T>(IReadOnlyDictionary<string, object?>? input, string name) =>
        input is not null && input.TryGetValue(name, out var value) && value is T typed ? typed : default;

    private static ExecutionError Invalid(string message) => new(message) { Code = "INVALID_PERIOD" };
}
