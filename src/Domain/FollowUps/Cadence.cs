using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.FollowUps;

/// <summary>
/// When the next follow-up falls due by the team's cadence (跟进频率), computed in the team's time zone: the
/// interval is counted in the team's calendar days and the follow-up is due at <see cref="DueHour"/> local time.
/// </summary>
public static class Cadence
{
    /// <summary>Follow-ups proposed by the cadence are due at 10:00 in the team's time zone.</summary>
    public const int DueHour = 10;

    /// <summary>The next due time after a follow-up that happened at <paramref name="lastContact"/>.</summary>
    public static DateTimeOffset NextAfter(Customer customer, Team team, DateTimeOffset lastContact)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(team);
        var days = team.Cadence.IntervalDays(customer.Stage, customer.Grade);
        return AtLocalDueHour(team, team.LocalDate(lastContact).AddDays(days));
    }

    /// <summary>The first follow-up of a new customer: within a week of first contact (新客户一周内首次跟进).</summary>
    public static DateTimeOffset FirstFollowUpDue(Customer customer, Team team)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(team);
        return AtLocalDueHour(
            team, team.LocalDate(customer.FirstContactAt).AddDays(team.Cadence.NewCustomerFirstFollowUpDays));
    }

    public static DateTimeOffset AtLocalDueHour(Team team, DateOnly localDate)
    {
        ArgumentNullException.ThrowIfNull(team);
        var local = localDate.ToDateTime(new TimeOnly(DueHour, 0));
        return new DateTimeOffset(local, team.TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
