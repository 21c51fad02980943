using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;

namespace CrmGraph.Domain.Tests.Reminders;

/// <summary>
/// Weekly reviews are for live customers: a lost prospect or a churned customer is not nagged about them.
/// </summary>
public sealed class ClosedCustomerReminders
{
    private static readonly CustomerReminderFacts Facts = new(false, false, [A.Supervisor]);

    [Theory]
    [InlineData(LifecycleStage.Lost)]
    [InlineData(LifecycleStage.Churned)]
    public void A_closed_customer_gets_no_grade_review_or_contact_verification_reminders(LifecycleStage closed)
    {
        var customer = closed == LifecycleStage.Lost ? A.Prospect() : A.EstablishedCustomer();
        customer.Regrade(CustomerGrade.C, "长期培育", A.Salesperson, null, A.Now);
        customer.MoveStage(closed, "客户已选择竞品", A.Salesperson, A.Now);

        var kinds = ReminderRules.ForCustomer(customer, A.Team(), Facts, A.Now.AddDays(10))
            .Select(r => r.Kind)
            .ToList();

        kinds.ShouldNotContain(ReminderKind.GradeReviewStale);
        kinds.ShouldNotContain(ReminderKind.ContactVerificationStale);
    }

    [Fact]
    public void A_live_customer_still_gets_them()
    {
        var customer = A.Prospect();
        customer.Regrade(CustomerGrade.C, "长期培育", A.Salesperson, null, A.Now);

        var kinds = ReminderRules.ForCustomer(customer, A.Team(), Facts, A.Now.AddDays(10))
            .Select(r => r.Kind)
            .ToList();

        kinds.ShouldContain(ReminderKind.GradeReviewStale);
        kinds.ShouldContain(ReminderKind.ContactVerificationStale);
    }
}
