using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Customers.Events;

namespace CrmGraph.Domain.Tests.Customers;

public sealed class CustomerLifecycle
{
    [Fact]
    public void Moves_forward_only_through_the_events_that_justify_it()
    {
        var customer = A.Prospect();

        customer.Evaluate(CustomerEvaluation.Score(4, 4, 3, null, A.Salesperson, A.Now), A.Now);
        customer.Stage.ShouldBe(LifecycleStage.Qualified);
        customer.Advance(StageTrigger.DealWon, A.Salesperson, A.Now).ShouldBeTrue();
        customer.Stage.ShouldBe(LifecycleStage.Established);
        customer.Advance(StageTrigger.FirstFollowUp, A.Salesperson, A.Now).ShouldBeFalse();
        customer.Advance(StageTrigger.FirstMaintenance, A.Salesperson, A.Now).ShouldBeTrue();

        customer.Stage.ShouldBe(LifecycleStage.Maintaining);
        customer.StageHistory.Select(h => h.To).ShouldBe([
            LifecycleStage.Prospect, LifecycleStage.Qualified, LifecycleStage.Established, LifecycleStage.Maintaining]);
    }

    [Fact]
    public void Moving_back_needs_a_reason_and_is_kept_with_actor_and_time()
    {
        var customer = A.Prospect();
        customer.Advance(StageTrigger.FirstFollowUp, A.Salesperson, A.Now);

        Should.Throw<DomainException>(
            () => customer.MoveStage(LifecycleStage.Qualified, "", A.Supervisor, A.Now)).Code.ShouldBe("REQUIRED");
        customer.MoveStage(LifecycleStage.Qualified, "需求需重新评估", A.Supervisor, A.Now.AddHours(1));

        var last = customer.StageHistory[^1];
        (last.From, last.To, last.Reason, last.ActorId, last.At).ShouldBe(
            (LifecycleStage.FollowingUp, LifecycleStage.Qualified, "需求需重新评估", A.Supervisor, A.Now.AddHours(1)));
    }

    [Fact]
    public void Cannot_jump_forward_by_hand()
    {
        var customer = A.Prospect();

        Should.Throw<DomainException>(() => customer.MoveStage(
            LifecycleStage.Established, "客户口头同意", A.Salesperson, A.Now)).Code.ShouldBe("STAGE_TRANSITION_NOT_ALLOWED");
        customer.Stage.ShouldBe(LifecycleStage.Prospect);
    }

    [Fact]
    public void Churn_records_its_reason_and_a_win_back_reopens_the_relationship()
    {
        var customer = A.EstablishedCustomer();

        customer.MoveStage(LifecycleStage.Churned, "转向竞品", A.Salesperson, A.Now);
        customer.ClosedReason.ShouldBe("转向竞品");
        customer.DomainEvents.OfType<CustomerChurned>().Single().Reason.ShouldBe("转向竞品");
        customer.Advance(StageTrigger.WonBack, A.Salesperson, A.Now).ShouldBeTrue();

        customer.Stage.ShouldBe(LifecycleStage.WonBack);
    }

    [Fact]
    public void A_lost_prospect_is_closed_with_a_reason_and_can_be_reopened()
    {
        var customer = A.Prospect();

        customer.MoveStage(LifecycleStage.Lost, "预算取消", A.Salesperson, A.Now);
        Should.Throw<DomainException>(() => customer.MoveStage(LifecycleStage.Prospect, "再试试", A.Salesperson, A.Now));
        customer.Reopen("客户重新询价", A.Salesperson, A.Now);

        customer.Stage.ShouldBe(LifecycleStage.Prospect);
        customer.StageHistory[^1].Trigger.ShouldBe(StageTrigger.Reopened);
        customer.ClosedReason.ShouldBeNull();
    }
}
