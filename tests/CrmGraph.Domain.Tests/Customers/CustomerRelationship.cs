using CrmGraph.Domain.Care;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Tests.Customers;

public sealed class CustomerRelationship
{
    [Fact]
    public void The_first_maintenance_review_moves_an_established_customer_to_maintaining()
    {
        var customer = A.EstablishedCustomer();

        customer.RecordMaintenance(5, 4, "季度回访 + 新品优先体验", A.Salesperson, A.Now);

        customer.Stage.ShouldBe(LifecycleStage.Maintaining);
        (customer.SatisfactionScore, customer.LoyaltyScore).ShouldBe((5, 4));
        Should.Throw<DomainException>(
            () => A.Prospect().RecordMaintenance(5, 5, null, A.Salesperson, A.Now)).Code.ShouldBe("NOT_ESTABLISHED");
    }

    [Fact]
    public void Sharing_lets_a_colleague_see_the_customer_and_is_idempotent()
    {
        var customer = A.Prospect();

        customer.ShareWith(A.OtherSalesperson, A.Now);
        customer.ShareWith(A.OtherSalesperson, A.Now);
        customer.ShareWith(A.Salesperson, A.Now);

        customer.SharedWith.ShouldBe([A.OtherSalesperson]);
        customer.StopSharingWith(A.OtherSalesperson, A.Now);
        customer.SharedWith.ShouldBeEmpty();
    }

    [Fact]
    public void Care_after_signing_is_a_user_guide_within_a_week_and_a_quarterly_survey()
    {
        var signed = new DateOnly(2026, 1, 15);

        CareSchedule.UserGuideDue(signed).ShouldBe(new DateOnly(2026, 1, 22));
        CareSchedule.NextSurveyDue(signed, new DateOnly(2026, 3, 2)).ShouldBe(new DateOnly(2026, 4, 15));
        CareSchedule.NextSurveyDue(signed, new DateOnly(2026, 5, 1)).ShouldBe(new DateOnly(2026, 7, 15));
    }
}
