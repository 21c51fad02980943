using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;

namespace CrmGraph.Domain.Tests.Deals;

public sealed class WinningRules
{
    [Fact]
    public void The_purchase_of_a_won_deal_is_dated_in_the_team_time_zone()
    {
        var customer = A.Prospect();
        var deal = Deal.Open(A.NewId(), A.TeamId, customer.Id, A.Salesperson, "软件授权", 9_000, null, null, A.Now);
        var earlyMorningInShanghai = new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero);

        DealClosing.Win(
            deal, customer, new WinTerms("报价合理"), A.NewId(), A.NewId(), A.Salesperson, earlyMorningInShanghai,
            team: A.Team());

        customer.Purchases.Single().PurchasedOn.ShouldBe(new DateOnly(2026, 3, 3));
    }

    [Theory]
    [InlineData(LifecycleStage.Lost)]
    [InlineData(LifecycleStage.Churned)]
    public void A_closed_customer_cannot_win_a_deal_until_reopened_or_won_back(LifecycleStage closed)
    {
        var customer = closed == LifecycleStage.Lost ? A.Prospect() : A.EstablishedCustomer();
        customer.MoveStage(closed, "预算取消", A.Salesperson, A.Now);
        var deal = Deal.Open(A.NewId(), A.TeamId, customer.Id, A.Salesperson, "软件授权", 9_000, null, null, A.Now);
        var events = customer.DomainEvents.Count;

        Should.Throw<DomainException>(
            () => DealClosing.Win(deal, customer, new WinTerms("报价合理"), A.NewId(), A.NewId(), A.Salesperson, A.Now))
            .Code.ShouldBe("CUSTOMER_CLOSED");

        deal.Status.ShouldBe(DealStatus.Open);
        customer.Stage.ShouldBe(closed);
        customer.DomainEvents.Count.ShouldBe(events);
    }
}
