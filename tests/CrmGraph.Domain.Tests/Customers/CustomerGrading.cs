using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Customers.Events;

namespace CrmGraph.Domain.Tests.Customers;

public sealed class CustomerGrading
{
    [Fact]
    public void Every_change_keeps_its_reason_actor_and_time()
    {
        var customer = A.Prospect();

        customer.Regrade(CustomerGrade.C, "仅咨询", A.Salesperson, null, A.Now);
        customer.Regrade(CustomerGrade.B, "预算初步确认", A.Salesperson, null, A.Now.AddDays(1));

        customer.GradeHistory.Select(g => (g.From, g.To, g.Reason))
            .ShouldBe([(null, CustomerGrade.C, "仅咨询"), (CustomerGrade.C, CustomerGrade.B, "预算初步确认")]);
        customer.DomainEvents.OfType<CustomerGradeChanged>().Count().ShouldBe(2);
    }

    [Fact]
    public void A_grade_needs_a_supervisor_guide()
    {
        var customer = A.Prospect();

        var refused = Should.Throw<DomainException>(
            () => customer.Regrade(CustomerGrade.A, "两周内签约", A.Salesperson, null, A.Now));
        refused.Code.ShouldBe("A_GRADE_NEEDS_SUPERVISOR_GUIDE");
        customer.Grade.ShouldBeNull();
        customer.Regrade(CustomerGrade.A, "两周内签约", A.Salesperson, A.Supervisor, A.Now);

        customer.SupervisorGuideId.ShouldBe(A.Supervisor);
    }

    [Fact]
    public void Setting_the_same_grade_again_is_a_review_not_a_change()
    {
        var customer = A.Prospect();
        customer.Regrade(CustomerGrade.B, "有初步需求", A.Salesperson, null, A.Now);

        customer.Regrade(CustomerGrade.B, "周复核", A.Salesperson, null, A.Now.AddDays(7));

        customer.GradeHistory.Count.ShouldBe(1);
        customer.GradeReviewedAt.ShouldBe(A.Now.AddDays(7));
    }

    [Fact]
    public void A_grade_unreviewed_for_a_week_is_stale()
    {
        var customer = A.Prospect();
        customer.Regrade(CustomerGrade.C, "仅咨询", A.Salesperson, null, A.Now);

        customer.GradeReviewIsStale(7, A.Now.AddDays(6)).ShouldBeFalse();
        customer.GradeReviewIsStale(7, A.Now.AddDays(7)).ShouldBeTrue();
        customer.ReviewGrade(A.Salesperson, A.Now.AddDays(7));
        customer.GradeReviewIsStale(7, A.Now.AddDays(8)).ShouldBeFalse();
    }

    [Fact]
    public void An_established_customer_with_repurchase_intent_returns_to_A()
    {
        var customer = A.EstablishedCustomer();
        customer.Regrade(CustomerGrade.C, "合同履约中", A.Salesperson, null, A.Now);

        customer.RecordRepurchaseIntent("计划增购二期", A.Salesperson, A.Supervisor, A.Now);

        customer.Grade.ShouldBe(CustomerGrade.A);
        customer.GradeHistory[^1].Reason.ShouldContain("计划增购二期");
        Should.Throw<DomainException>(() => A.Prospect().RecordRepurchaseIntent(
            "x", A.Salesperson, A.Supervisor, A.Now)).Code.ShouldBe("NOT_ESTABLISHED");
    }

    [Fact]
    public void The_proposal_states_its_reasons()
    {
        var customer = A.Prospect();
        var today = DateOnly.FromDateTime(A.Now.UtcDateTime);
        customer.RecordNeeds(
            new CustomerNeeds("ERP 系统", 500_000, 800_000, "CNY", today.AddDays(10), DecisionChain.Short, null), A.Now);

        var proposal = customer.ProposeGrade(today);

        proposal.Grade.ShouldBe(CustomerGrade.A);
        proposal.ChineseReasons.ShouldContain("预算清晰");
        proposal.Reasons.ShouldContain("expected close in 10 days");
    }

    [Theory]
    [InlineData(null, null, 30, "C")]
    [InlineData("CRM", null, 60, "B")]
    [InlineData("CRM", 100_000.0, 120, "C")]
    [InlineData("CRM", 100_000.0, null, "B")]
    public void Proposes_B_for_a_first_need_within_three_months_and_C_otherwise(
        string? product, double? budget, int? daysToClose, string expected)
    {
        var today = new DateOnly(2026, 3, 2);
        var needs = new CustomerNeeds(
            product, (decimal?)budget, null, "CNY", daysToClose is { } d ? today.AddDays(d) : null, DecisionChain.Long,
            null);

        GradeProposal.For(needs, null, keyDecisionMakerKnown: false, today).Grade.ToString().ShouldBe(expected);
    }
}
