using CrmGraph.Domain.Analytics;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;

namespace CrmGraph.Domain.Tests.Analytics;

/// <summary>The same formulas fed with counts and totals, as the database aggregates them.</summary>
public sealed class ReviewCountedFigures
{
    [Fact]
    public void Sources_from_counts_share_the_total_and_break_ties_by_name()
    {
        var figures = ReviewFormulas.BySourceCounts([
            new SourceCount("Website", 1, 0), new SourceCount("Custom:行业协会", 1, 1), new SourceCount("Exhibition", 2, 1),
            new SourceCount("Referral", 0, 0)]);

        figures.ShouldBe([
            new SourceFigures("Exhibition", 2, 0.5m, 1, 0.5m),
            new SourceFigures("Custom:行业协会", 1, 0.25m, 1, 1m),
            new SourceFigures("Website", 1, 0.25m, 0, 0m),
        ]);
    }

    [Fact]
    public void Means_come_from_totals_and_are_null_without_anything_counted()
    {
        ReviewFormulas.DaysToConversionByGradeTotals(
            [new GradeConversionTotal(null, 1, TimeSpan.FromDays(2)), new GradeConversionTotal(
                CustomerGrade.B, 3, TimeSpan.FromHours(100))])
            .ShouldBe([new GradeCycle(CustomerGrade.B, 3, 1.39m), new GradeCycle(null, 1, 2m)]);
        ReviewFormulas.AverageHours(TimeSpan.FromMinutes(45), 2).ShouldBe(0.38m);
        ReviewFormulas.AverageHours(TimeSpan.Zero, 0).ShouldBeNull();
        ReviewCounts.Services(0, 0, 0, TimeSpan.Zero).ShouldBe(new ServiceFigures(0, 0, null, null));
        ReviewCounts.ServiceSatisfactionPercent(0, 0).ShouldBeNull();
        ReviewCounts.ServiceSatisfactionPercent(2, 3).ShouldBe(66.67m);
    }

    [Fact]
    public void Channels_lost_reasons_and_stages_from_counts_keep_the_row_formulas_order()
    {
        ReviewFormulas.WinRateByChannelCounts(
            [new ChannelCount(FollowUpChannel.WeChat, 2, 0), new ChannelCount(FollowUpChannel.Phone, 3, 2)])
            .ShouldBe([new ChannelFigures(FollowUpChannel.Phone, 3, 2, 0.6667m), new ChannelFigures(
                FollowUpChannel.WeChat, 2, 0, 0m)]);
        ReviewFormulas.LostReasonCounts(
            new Dictionary<LostReason, int> { [LostReason.Competitor] = 1, [LostReason.Price] = 2 })
            .ShouldBe([new LostReasonFigures(LostReason.Price, 2, 0.6667m), new LostReasonFigures(
                LostReason.Competitor, 1, 0.3333m)]);
        ReviewFormulas.LostReasonCounts(new Dictionary<LostReason, int>()).ShouldBeEmpty();
        ReviewCounts.CustomersPerStageCounts(new Dictionary<LifecycleStage, int> { [LifecycleStage.Established] = 4 })
            .Select(s => s.Customers).ShouldBe([0, 0, 0, 4, 0, 0, 0, 0, 0]);
    }
}
