using CrmGraph.Domain.Common;
using CrmGraph.Domain.Deals;
using FsCheck.Xunit;

namespace CrmGraph.Domain.Tests.Deals;

/// <summary>
/// Whatever is attempted, a won deal has exactly its conversion record, a lost deal a reason, and refusals change
/// nothing.
/// </summary>
public sealed class DealInvariantProperties
{
    [Property(MaxTest = 300)]
    public void No_sequence_leaves_a_won_deal_without_its_conversion(int[] commands)
    {
        var customer = A.Prospect();
        var deal = Deal.Open(A.NewId(), A.TeamId, customer.Id, A.Salesperson, "CRM", 1000, null, null, A.Now);
        foreach (var command in commands ?? [])
        {
            var before = (deal.Status, deal.Conversion, deal.LostReason, customer.Stage);
            try
            {
                switch (Math.Abs(command % 4))
                {
                    case 0:
                        DealClosing.Win(
                        deal, customer, new WinTerms((command & 8) == 0 ? "口碑推荐" : "", (command & 16) == 0 ? null : -1),
                        A.NewId(), A.NewId(), A.Salesperson, A.Now); break;
                    case 1:
                        deal.Lose(
                        (LostReason)(Math.Abs(command / 4) % 5), (command & 8) == 0 ? null : "说明", A.Now); break;
                    case 2:
                        DealClosing.Win(deal, customer, new WinTerms(
                        "续约", TermStart: new DateOnly(2026, 5, 1),
                        TermEnd: new DateOnly(2026, 4, 1)), A.NewId(), A.NewId(), A.Salesperson, A.Now); break;
                    default: customer.Archive(A.Salesperson, A.Now); break;
                }
            }
            catch (DomainException)
            {
                (deal.Status, deal.Conversion, deal.LostReason, customer.Stage).ShouldBe(before);
            }

            (deal.Status == DealStatus.Won).ShouldBe(deal.Conversion is not null);
            (deal.Status == DealStatus.Lost).ShouldBe(deal.LostReason is not null);
        }
    }
}
