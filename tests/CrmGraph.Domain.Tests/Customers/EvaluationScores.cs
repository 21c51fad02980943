using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Tests.Customers;

public sealed class EvaluationScores
{
    [Theory]
    [InlineData(0, 3, 3)]
    [InlineData(3, 6, 3)]
    [InlineData(3, 3, -1)]
    public void An_evaluation_built_around_the_factory_is_still_refused_outside_one_to_five(
        int power, int intent, int loyalty)
    {
        var customer = A.Prospect();
        var events = customer.DomainEvents.Count;

        Should.Throw<DomainException>(
            () => customer.Evaluate(new CustomerEvaluation(power, intent, loyalty, null, A.Now, A.Salesperson), A.Now))
            .Code.ShouldBe("SCORE_OUT_OF_RANGE");

        customer.Evaluation.ShouldBeNull();
        customer.Stage.ShouldBe(LifecycleStage.Prospect);
        customer.DomainEvents.Count.ShouldBe(events);
    }

    [Fact]
    public void A_valid_evaluation_qualifies_the_prospect()
    {
        var customer = A.Prospect();

        customer.Evaluate(new CustomerEvaluation(4, 5, 3, " 预算充足 ", A.Now, A.Salesperson), A.Now);

        customer.Stage.ShouldBe(LifecycleStage.Qualified);
        customer.Evaluation!.Note.ShouldBe("预算充足");
    }
}
