using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;

namespace CrmGraph.Domain.Analytics;

/// <summary>
/// A customer of the reviewed population: entered in the period, with its source and, if converted, when.
/// </summary>
public sealed record ReviewCustomer(
    Guid CustomerId, string SourceKey, CustomerGrade? Grade, DateTimeOffset FirstContactAt, DateTimeOffset EnteredAt,
    DateTimeOffset? ConvertedAt);

/// <summary>
/// One follow-up record of the period: its channel and whether its customer won a deal in the period.
/// </summary>
public sealed record ReviewFollowUp(
    Guid CustomerId, FollowUpChannel Channel, TimeSpan RecordLag, bool CustomerWonInPeriod);

public sealed record SourceFigures(
    string Source, int Customers, decimal? Share, int Converted, decimal? ConversionRate);

public sealed record GradeCycle(CustomerGrade? Grade, int Converted, decimal? AverageDays);

public sealed record ChannelFigures(FollowUpChannel Channel, int Customers, int Won, decimal? WinRate);

public sealed record LostReasonFigures(LostReason Reason, int Deals, decimal? Share);

/// <summary>Counted customers of one source (as a database aggregates them): entered, and of those converted.</summary>
public sealed record SourceCount(string Source, int Customers, int Converted);

/// <summary>Converted customers of one grade and the sum of their first-contact-to-conversion times.</summary>
public sealed record GradeConversionTotal(CustomerGrade? Grade, int Converted, TimeSpan TotalTime);

/// <summary>Distinct customers followed up through one channel, and of those the ones that won a deal.</summary>
public sealed record ChannelCount(FollowUpChannel Channel, int Customers, int Won);

/// <summary>
/// The figures of the monthly review (数据复盘), defined once as pure functions; docs/metrics.md states the same
/// definitions and the API's SQL must agree with these on any data.
/// </summary>
public static class ReviewFormulas
{
    /// <summary>客户来源转化率: per source, its share of the customers and the fraction of them converted.</summary>
    public static IReadOnlyList<SourceFigures> BySource(IReadOnlyCollection<ReviewCustomer> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        return BySourceCounts([.. customers.GroupBy(c => c.SourceKey).Select(
            g => new SourceCount(g.Key, g.Count(), g.Count(c => c.ConvertedAt is not null)))]);
    }

    /// <summary>
    /// The same figures from per-source counts; sources are ordered by customers (desc), then name (ordinal).
    /// </summary>
    public static IReadOnlyList<SourceFigures> BySourceCounts(IReadOnlyCollection<SourceCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var all = counts.Sum(c => c.Customers);
        return [.. counts.Where(c => c.Customers > 0)
            .Select(c => new SourceFigures(
                c.Source, c.Customers, Ratio.Of(c.Customers, all), c.Converted, Ratio.Of(c.Converted, c.Customers)))
            .OrderByDescending(s => s.Customers).ThenBy(s => s.Source, StringComparer.Ordinal)];
    }

    /// <summary>
    /// 各级别客户转化周期: per grade, the mean days from first contact to conversion, over converted customers.
    /// </summary>
    public static IReadOnlyList<GradeCycle> DaysToConversionByGrade(IEnumerable<ReviewCustomer> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        return DaysToConversionByGradeTotals([.. customers.Where(c => c.ConvertedAt is not null).GroupBy(c => c.Grade)
            .Select(g => new GradeConversionTotal(
                g.Key, g.Count(), new TimeSpan(g.Sum(c => (c.ConvertedAt!.Value - c.FirstContactAt).Ticks))))]);
    }

    /// <summary>
    /// The same figures from per-grade totals: mean days rounded to 2 places; ungraded customers last.
    /// </summary>
    public static IReadOnlyList<GradeCycle> DaysToConversionByGradeTotals(IEnumerable<GradeConversionTotal> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return [.. totals.Where(t => t.Converted > 0)
            .Select(t => new GradeCycle(t.Grade, t.Converted, Math.Round(
                (decimal)t.TotalTime.Ticks / TimeSpan.TicksPerDay / t.Converted, 2, MidpointRounding.AwayFromZero)))
            .OrderBy(g => g.Grade is null ? 9 : (int)g.Grade.Value)];
    }

    /// <summary>
    /// 跟进方式效果: per channel, the customers followed up through it and the fraction of them that won a deal.
    /// </summary>
    public static IReadOnlyList<ChannelFigures> WinRateByChannel(IEnumerable<ReviewFollowUp> followUps)
    {
        ArgumentNullException.ThrowIfNull(followUps);
        return WinRateByChannelCounts([.. followUps.GroupBy(f => f.Channel)
            .Select(g =>
            {
                var customers = g.GroupBy(f => f.CustomerId).ToList();
                return new ChannelCount(
                    g.Key, customers.Count, customers.Count(c => c.Any(f => f.CustomerWonInPeriod)));
            })]);
    }

    /// <summary>The same figures from per-channel counts, in channel order.</summary>
    public static IReadOnlyList<ChannelFigures> WinRateByChannelCounts(IEnumerable<ChannelCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return [
            .. counts.Where(c => c.Customers > 0)
                .Select(c => new ChannelFigures(c.Channel, c.Customers, c.Won, Ratio.Of(c.Won, c.Customers)))
                .OrderBy(c => c.Channel)];
    }

    /// <summary>未成交原因分析: lost deals per reason and their share of all lost deals.</summary>
    public static IReadOnlyList<LostReasonFigures> LostReasons(IReadOnlyCollection<LostReason> lostDeals)
    {
        ArgumentNullException.ThrowIfNull(lostDeals);
        return LostReasonCounts(lostDeals.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>The same figures from lost deals counted per reason, in reason order.</summary>
    public static IReadOnlyList<LostReasonFigures> LostReasonCounts(IReadOnlyDictionary<LostReason, int> lostPerReason)
    {
        ArgumentNullException.ThrowIfNull(lostPerReason);
        var all = lostPerReason.Values.Sum();
        return [.. lostPerReason.Where(r => r.Value > 0).Select(
            r => new LostReasonFigures(r.Key, r.Value, Ratio.Of(r.Value, all))).OrderBy(r => r.Reason)];
    }

    /// <summary>录入超时: customers entered more than the deadline after first contact.</summary>
    public static int LateEntries(IEnumerable<ReviewCustomer> customers, int entryDeadlineHours) =>
        customers.Count(c => c.EnteredAt - c.FirstContactAt > TimeSpan.FromHours(entryDeadlineHours));

    /// <summary>记录时效: the mean hours between a follow-up and its record; null without records.</summary>
    public static decimal? AverageRecordLagHours(IReadOnlyCollection<ReviewFollowUp> followUps) =>
        followUps is null ? null : AverageHours(new TimeSpan(followUps.Sum(f => f.RecordLag.Ticks)), followUps.Count);

    /// <summary>
    /// A mean duration in hours rounded to 2 places, from a total and a count; null when nothing was counted.
    /// </summary>
    public static decimal? AverageHours(TimeSpan total, long count) =>
        count == 0 ? null : Math.Round(
            (decimal)total.Ticks / TimeSpan.TicksPerHour / count, 2, MidpointRounding.AwayFromZero);
}
