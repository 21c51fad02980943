using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Retention;
using CrmGraph.Domain.Users;

namespace CrmGraph.Domain.Tests.Customers;

public sealed class ChurnRiskAndGuides
{
    [Fact]
    public void An_observed_risk_moves_an_established_customer_to_at_risk()
    {
        var customer = A.EstablishedCustomer();

        customer.ObserveChurnRisk([ChurnSignal.LowSatisfaction], A.Salesperson, A.Now).ShouldBeTrue();

        customer.Stage.ShouldBe(LifecycleStage.AtRisk);
        customer.StageHistory[^1].Trigger.ShouldBe(StageTrigger.RiskObserved);
    }

    [Fact]
    public void Without_a_signal_nothing_justifies_the_move()
    {
        var customer = A.EstablishedCustomer();

        Should.Throw<DomainException>(() => customer.ObserveChurnRisk([], A.Salesperson, A.Now)).Code.ShouldBe(
            "NO_RISK_SIGNAL");

        customer.Stage.ShouldBe(LifecycleStage.Established);
    }

    [Fact]
    public void A_prospect_does_not_become_at_risk_from_a_signal()
    {
        var customer = A.Prospect();

        customer.ObserveChurnRisk([ChurnSignal.LongSilence], A.Salesperson, A.Now).ShouldBeFalse();

        customer.Stage.ShouldBe(LifecycleStage.Prospect);
    }

    [Fact]
    public void Only_an_active_supervisor_of_the_team_can_be_named_guide()
    {
        var customer = A.Prospect();
        var salesperson = User.Enroll(A.OtherSalesperson, "wang.yewu", "王业务", UserRole.Salesperson, A.TeamId, A.Now);
        var otherTeamSupervisor = User.Enroll(A.NewId(), "zhao.zhuguan", "赵主管", UserRole.Supervisor, A.NewId(), A.Now);
        var supervisor = User.Enroll(A.Supervisor, "zhang.zhuguan", "张主管", UserRole.Supervisor, A.TeamId, A.Now);

        Should.Throw<DomainException>(() => customer.AssignSupervisorGuide(salesperson, A.Now)).Code.ShouldBe(
            "GUIDE_NOT_SUPERVISOR");
        Should.Throw<DomainException>(() => customer.AssignSupervisorGuide(otherTeamSupervisor, A.Now)).Code.ShouldBe(
            "GUIDE_NOT_SUPERVISOR");
        customer.SupervisorGuideId.ShouldBeNull();

        customer.AssignSupervisorGuide(supervisor, A.Now);
        customer.Regrade(CustomerGrade.A, "预算已批，两周内签约", A.Salesperson, null, A.Now);

        customer.SupervisorGuideId.ShouldBe(A.Supervisor);
        customer.Grade.ShouldBe(CustomerGrade.A);
    }
}
