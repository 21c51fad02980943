using CrmGraph.Domain.Analytics;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;

namespace CrmGraph.Domain.Tests.Analytics;

public sealed class ReviewFigures
{
    private static ReviewCustomer Customer(
        string source, CustomerGrade? grade, int enteredHoursAfterContact, double? convertedAfterDays) =>
        new(
            A.NewId(), source, grade, A.Now, A.Now.AddHours(enteredHoursAfterContact),
            convertedAfterDays is { } d ? A.Now.AddDays(d) : null);

    [Fact]
    public void Source_share_and_conversion_rate_are_worked_out_per_source()
    {
        ReviewCustomer[] customers = [
            Customer("Exhibition", null, 1, 10), Customer("Exhibition", null, 1, null),
            Customer("Referral", null, 1, 5), Customer("Exhibition", null, 1, null)];

        var figures = ReviewFormulas.BySource(customers);

        figures[0].ShouldBe(new SourceFigures("Exhibition", 3, 0.75m, 1, 0.3333m));
        figures[1].ShouldBe(new SourceFigures("Referral", 1, 0.25m, 1, 1m));
    }

    [Fact]
    public void Days_to_conversion_average_over_converted_customers_per_grade()
    {
        ReviewCustomer[] customers = [
            Customer("x", CustomerGrade.A, 1, 3), Customer("x", CustomerGrade.A, 1, 6),
            Customer("x", CustomerGrade.B, 1, 40), Customer("x", CustomerGrade.B, 1, null)];

        ReviewFormulas.DaysToConversionByGrade(customers)
            .ShouldBe([new GradeCycle(CustomerGrade.A, 2, 4.5m), new GradeCycle(CustomerGrade.B, 1, 40m)]);
    }

    [Fact]
    public void Win_rate_per_channel_counts_customers_not_calls()
    {
        var won = A.NewId();
        var lost = A.NewId();
        ReviewFollowUp[] followUps =
        [
            new(won, FollowUpChannel.Phone, TimeSpan.FromHours(1), true),
            new(won, FollowUpChannel.Phone, TimeSpan.FromHours(3), true),
            new(lost, FollowUpChannel.Phone, TimeSpan.FromHours(2), false),
            new(lost, FollowUpChannel.WeChat, TimeSpan.FromHours(2), false),
        ];

        ReviewFormulas.WinRateByChannel(followUps).ShouldBe(
            [new ChannelFigures(FollowUpChannel.Phone, 2, 1, 0.5m), new ChannelFigures(
                FollowUpChannel.WeChat, 1, 0, 0m)]);
        ReviewFormulas.AverageRecordLagHours(followUps).ShouldBe(2m);
    }

    [Fact]
    public void Empty_periods_give_no_rates_rather_than_zero()
    {
        ReviewFormulas.BySource([]).ShouldBeEmpty();
        ReviewFormulas.AverageRecordLagHours([]).ShouldBeNull();
        Ratio.Of(0, 0).ShouldBeNull();
        ReviewFormulas.LostReasons([LostReason.Price, LostReason.Price, LostReason.Competitor]).ShouldBe(
            [new LostReasonFigures(LostReason.Price, 2, 0.6667m), new LostReasonFigures(
                LostReason.Competitor, 1, 0.3333m)]);
    }

    [Fact]
    public void Late_entries_are_those_beyond_the_deadline()
    {
        ReviewFormulas.LateEntries([Customer("x", null, 24, null), Customer("x", null, 25, null)], 24).ShouldBe(1);
    }
}
