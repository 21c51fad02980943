using CrmGraph.Domain.Common;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Tests.Customers;

/// <summary>
/// The reclaim clock is exact: no early reclaim by rounding, and paused time never counts afterwards.
/// </summary>
public sealed class ReclaimClockExactness
{
    private readonly PoolPolicy _policy = new() { ReclaimAfterDays = 30, WarningDaysAhead = 3 };

    private static DateOnly Day(DateTimeOffset at) => A.Team().LocalDate(at);

    [Fact]
    public void Reclaim_is_refused_minutes_before_the_clock_runs_out()
    {
        var customer = A.Prospect();
        var almost = A.Now.AddDays(30).AddMinutes(-5);

        Should.Throw<DomainException>(() => customer.ReclaimToPool(_policy, false, Day(almost), almost)).Code.ShouldBe(
            "RECLAIM_NOT_DUE");
        customer.InPool.ShouldBeFalse();
        customer.PreviewReclaim(_policy, false, Day(almost), almost).ReclaimAt.ShouldBe(A.Now.AddDays(30));
    }

    [Fact]
    public void The_time_a_contract_ran_does_not_count_once_it_expires()
    {
        var customer = A.Prospect();
        var deal = Deal.Open(A.NewId(), A.TeamId, customer.Id, A.Salesperson, "年度服务", 10_000, null, null, A.Now);
        DealClosing.Win(
            deal, customer,
            new WinTerms("服务口碑", TermStart: new DateOnly(2026, 3, 2), TermEnd: new DateOnly(2026, 6, 30)), A.NewId(),
            A.NewId(), A.Salesperson, A.Now);
        var dayAfterExpiry = new DateTimeOffset(2026, 7, 1, 2, 0, 0, TimeSpan.Zero);

        var preview = customer.PreviewReclaim(_policy, false, Day(dayAfterExpiry), dayAfterExpiry);

        preview.Paused.ShouldBeFalse();
        preview.DaysLeft.ShouldBeGreaterThan(29);
        Should.Throw<DomainException>(() => customer.ReclaimToPool(
            _policy, false, Day(dayAfterExpiry), dayAfterExpiry)).Code.ShouldBe("RECLAIM_NOT_DUE");
    }

    [Fact]
    public void The_time_a_deal_was_open_does_not_count_once_it_is_lost()
    {
        var customer = A.Prospect();
        var deal = DealClosing.Open(A.NewId(), customer, A.Salesperson, "试点项目", 50_000, null, null, A.Now.AddDays(10));
        var closed = A.Now.AddDays(50);

        customer.PreviewReclaim(_policy, true, Day(A.Now.AddDays(40)), A.Now.AddDays(40)).Paused.ShouldBeTrue();
        DealClosing.Lose(deal, customer, LostReason.Price, null, closed);

        customer.PreviewReclaim(_policy, false, Day(closed), closed).DaysLeft.ShouldBe(20);
        Should.Throw<DomainException>(() => customer.ReclaimToPool(_policy, false, Day(closed), closed)).Code.ShouldBe(
            "RECLAIM_NOT_DUE");
    }

    [Fact]
    public void A_second_open_deal_keeps_the_clock_paused_when_the_first_closes()
    {
        var customer = A.Prospect();
        var first = DealClosing.Open(A.NewId(), customer, A.Salesperson, "一期", 1_000, null, null, A.Now);
        DealClosing.Open(A.NewId(), customer, A.Salesperson, "二期", 1_000, null, null, A.Now);

        DealClosing.Lose(first, customer, LostReason.Timing, null, A.Now.AddDays(5), anotherDealStillOpen: true);

        customer.ReclaimClock.IsPaused.ShouldBeTrue();
    }
}
