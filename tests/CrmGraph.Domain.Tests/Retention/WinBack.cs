using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Retention;

namespace CrmGraph.Domain.Tests.Retention;

public sealed class WinBack
{
    [Fact]
    public void A_successful_win_back_wins_the_customer_back()
    {
        var customer = A.EstablishedCustomer();
        customer.MoveStage(LifecycleStage.Churned, "转向竞品", A.Salesperson, A.Now);
        var attempt = WinBackAttempt.Start(A.NewId(), customer, A.Salesperson, "转向竞品", "提供专属折扣与上门培训", A.Now);

        attempt.Conclude(customer, wonBack: true, "客户续签一年", A.Salesperson, A.Now.AddDays(14));

        attempt.Outcome.ShouldBe(WinBackOutcome.WonBack);
        customer.Stage.ShouldBe(LifecycleStage.WonBack);
    }

    [Fact]
    public void Win_back_needs_an_at_risk_or_churned_customer_and_a_reason()
    {
        Should.Throw<DomainException>(() => WinBackAttempt.Start(
            A.NewId(), A.Prospect(), A.Salesperson, "x", "y", A.Now)).Code.ShouldBe("NOT_AT_RISK");
        Should.Throw<DomainException>(() => WinBackAttempt.Start(
            A.NewId(), A.EstablishedCustomer(), A.Salesperson, "", "y", A.Now)).Field.ShouldBe("churnReason");
    }

    [Fact]
    public void Signals_show_silence_low_satisfaction_open_complaints_and_an_unrenewed_contract()
    {
        var customer = A.EstablishedCustomer();
        var today = new DateOnly(2026, 3, 2);

        var signals = ChurnSignals.For(
            customer, new ChurnFacts(2, 1, RenewalDealOpen: false), cadenceIntervalDays: 30, contractLeadDays: 30,
            today, A.Now.AddDays(61));

        signals.ShouldBe([ChurnSignal.LongSilence, ChurnSignal.LowSatisfaction, ChurnSignal.OpenComplaint]);
        ChurnSignals.For(A.Prospect(), new ChurnFacts(1, 3, false), 30, 30, today, A.Now).ShouldBeEmpty();
    }
}
