using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;

namespace CrmGraph.Domain.Tests.Deals;

public sealed class DealOutcomes
{
    [Fact]
    public void A_won_deal_yields_its_conversion_record_and_establishes_the_relationship()
    {
        var customer = A.Prospect();
        var deal = Deal.Open(A.NewId(), A.TeamId, customer.Id, A.Salesperson, "CRM 年度订阅", 400_000, null, null, A.Now);

        var conversion = DealClosing.Win(
            deal, customer, new WinTerms("试用效果好", 380_000, "年度订阅", new DateOnly(2026, 3, 10), new DateOnly(2027, 3, 9)),
            A.NewId(), A.NewId(), A.Salesperson, A.Now);

        deal.Status.ShouldBe(DealStatus.Won);
        deal.Conversion.ShouldBe(conversion);
        conversion.KeyFactor.ShouldBe("试用效果好");
        conversion.Amount.ShouldBe(380_000);
        customer.Stage.ShouldBe(LifecycleStage.Established);
        customer.TermEnd.ShouldBe(new DateOnly(2027, 3, 9));
        customer.Purchases.Single().Amount.ShouldBe(380_000);
        customer.KeyDates.Single().Kind.ShouldBe(KeyDateKind.ContractExpiry);
    }

    [Fact]
    public void A_win_that_cannot_be_recorded_changes_neither_deal_nor_customer()
    {
        var customer = A.Prospect();
        var deal = Deal.Open(A.NewId(), A.TeamId, customer.Id, A.Salesperson, "CRM", 1000, null, null, A.Now);

        Should.Throw<DomainException>(() => DealClosing.Win(
            deal, customer, new WinTerms("价格", TermStart: new DateOnly(2026, 5, 1), TermEnd: new DateOnly(2026, 4, 1)),
            A.NewId(), A.NewId(), A.Salesperson, A.Now)).Code.ShouldBe("TERM_INVERTED");
        Should.Throw<DomainException>(() => DealClosing.Win(
            deal, customer, new WinTerms(""), A.NewId(), A.NewId(), A.Salesperson, A.Now)).Field.ShouldBe("keyFactor");

        deal.Status.ShouldBe(DealStatus.Open);
        deal.Conversion.ShouldBeNull();
        customer.Stage.ShouldBe(LifecycleStage.Prospect);
    }

    [Fact]
    public void A_lost_deal_needs_a_reason_and_other_needs_a_note()
    {
        var deal = Deal.Open(A.NewId(), A.TeamId, A.NewId(), A.Salesperson, "CRM", 1000, null, null, A.Now);

        Should.Throw<DomainException>(() => deal.Lose(LostReason.Other, null, A.Now)).Field.ShouldBe("note");
        deal.Lose(LostReason.Competitor, "选择了友商", A.Now);

        deal.Status.ShouldBe(DealStatus.Lost);
        deal.LostReason.ShouldBe(LostReason.Competitor);
        Should.Throw<DomainException>(() => deal.Lose(LostReason.Price, null, A.Now)).Code.ShouldBe("DEAL_CLOSED");
    }
}
