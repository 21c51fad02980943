using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;

namespace CrmGraph.Domain.Analytics;

/// <summary>A customer of the reviewed population: entered in the period, with its source and, if converted, when.</summary>
public sealed record ReviewCustomer(Guid CustomerId, string SourceKey, CustomerGrade? Grade, DateTimeOffset FirstContactAt, DateTimeOffset EnteredAt, DateTimeOffset? ConvertedAt);

/// <summary>One follow-up record of the period: its channel and whether its customer won a deal in the period.</summary>
public sealed record ReviewFollowUp(Guid CustomerId, FollowUpChannel Channel, TimeSpan RecordLag, bool CustomerWonInPeriod);

public sealed record SourceFigures(string Source, int Customers, decimal? Share, int Converted, decimal? ConversionRate);

public sealed record GradeCycle(CustomerGrade? Grade, int Converted, decimal? AverageDays);

public sealed record ChannelFigures(FollowUpChannel Channel, int Customers, int Won, decimal? WinRate);

public sealed record LostReasonFigures(LostReason Reason, int Deals, decimal? Share);

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
        return [.. customers.GroupBy(c => c.SourceKey)
            .Select(g => new SourceFigures(g.Key, g.Count(), Ratio.Of(g.Count(), customers.Count), g.Count(c => c.ConvertedAt is not null), Ratio.Of(g.Count(c => c.ConvertedAt is not null), g.Count())))
            .OrderByDescending(s => s.Customers).ThenBy(s => s.Source, StringComparer.Ordinal)];
    }

    /// <summary>各级别客户转化周期: per grade, the mean days from first contact to conversion, over converted customers.</summary>
    public static IReadOnlyList<GradeCycle> DaysToConversionByGrade(IEnumerable<ReviewCustomer> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        return [.. customers.Where(c => c.ConvertedAt is not null).GroupBy(c => c.Grade)
            .Select(g => new GradeCycle(g.Key, g.Count(), Math.Round((decimal)g.Average(c => (c.ConvertedAt!.Value - c.FirstContactAt).TotalDays), 2, MidpointRounding.AwayFromZero)))
            .OrderBy(g => g.Grade is null ? 9 : (int)g.Grade.Value)];
    }

    /// <summary>跟进方式效果: per channel, the customers followed up through it and the fraction of them that won a deal.</summary>
    public static IReadOnlyList<ChannelFigures> WinRateByChannel(IEnumerable<ReviewFollowUp> followUps)
    {
        ArgumentNullException.ThrowIfNull(followUps);
        return [.. followUps.GroupBy(f => f.Channel)
            .Select(g =>
            {
                var customers = g.GroupBy(f => f.CustomerId).ToList();
                var won = customers.Count(c => c.Any(f => f.CustomerWonInPeriod));
                return new ChannelFigures(g.Key, customers.Count, won, Ratio.Of(won, customers.Count));
            })
            .OrderBy(c => c.Channel)];
    }

    /// <summary>未成交原因分析: lost deals per reason and their share of all lost deals.</summary>
    public static IReadOnlyList<LostReasonFigures> LostReasons(IReadOnlyCollection<LostReason> lostDeals)
    {
        ArgumentNullException.ThrowIfNull(lostDeals);
        return [.. lostDeals.GroupBy(r => r).Select(g => new LostReasonFigures(g.Key, g.Count(), Ratio.Of(g.Count(), lostDeals.Count))).OrderBy(r => r.Reason)];
    }

    /// <summary>录入超时: customers entered more than the deadline after first contact.</summary>
    public static int LateEntries(IEnumerable<ReviewCustomer> customers, int entryDeadlineHours) =>
        customers.Count(c => c.EnteredAt - c.FirstContactAt > TimeSpan.FromHours(entryDeadlineHours));

    /// <summary>记录时效: the mean hours between a follow-up and its record; null without records.</summary>
    public static decimal? AverageRecordLagHours(IReadOnlyCollection<ReviewFollowUp> followUps) =>
        followUps is null || followUps.Count == 0 ? null : Math.Round((decimal)followUps.Average(f => f.RecordLag.TotalHours), 2, MidpointRounding.AwayFromZero);
}
