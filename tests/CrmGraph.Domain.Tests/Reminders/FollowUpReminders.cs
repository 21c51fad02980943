using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;

namespace CrmGraph.Domain.Tests.Reminders;

public sealed class FollowUpReminders
{
    [Fact]
    public void An_overdue_plan_reminds_its_owner()
    {
        var scenario = new ReminderScenario();
        var plan = scenario.Plan(A.Now.AddHours(2));

        var due = scenario.DueAt(A.Now.AddHours(3), ReminderKind.FollowUpOverdue);

        due.ShouldHaveSingleItem().RecipientId.ShouldBe(A.Salesperson);
        due[0].SubjectId.ShouldBe(plan.Id);
        due[0].Role.ShouldBe(ReminderRecipient.Owner);
    }

    [Fact]
    public void An_overdue_plan_of_an_A_grade_customer_also_reaches_the_supervisor_guide()
    {
        var scenario = new ReminderScenario();
        scenario.Customer.Regrade(CustomerGrade.A, "预算清晰", A.Salesperson, A.Supervisor, A.Now);
        scenario.Plan(A.Now.AddHours(2));

        var due = scenario.DueAt(A.Now.AddHours(3), ReminderKind.FollowUpOverdue);

        due.Select(r => (r.RecipientId, r.Role)).ShouldBe([(A.Salesperson, ReminderRecipient.Owner), (A.Supervisor, ReminderRecipient.Supervisor)]);
        due.Select(r => r.Cause).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public void A_plan_overdue_for_a_day_is_escalated_to_the_team_supervisor()
    {
        var scenario = new ReminderScenario();
        scenario.Plan(A.Now.AddHours(2));

        scenario.DueAt(A.Now.AddHours(20), ReminderKind.FollowUpOverdue).Count.ShouldBe(1);
        scenario.DueAt(A.Now.AddHours(26), ReminderKind.FollowUpOverdue).Select(r => r.RecipientId)
            .ShouldBe([A.Salesperson, ReminderScenario.TeamSupervisor]);
    }

    [Fact]
    public void A_plan_within_the_due_soon_window_reminds_due_soon_not_overdue()
    {
        var scenario = new ReminderScenario();
        scenario.Plan(A.Now.AddHours(23));
        scenario.Plan(A.Now.AddHours(30));

        scenario.DueAt(A.Now, ReminderKind.FollowUpDueSoon).ShouldHaveSingleItem();
        scenario.DueAt(A.Now, ReminderKind.FollowUpOverdue).ShouldBeEmpty();
    }

    [Fact]
    public void Cancelled_plans_and_plans_of_other_customers_remind_nothing()
    {
        var scenario = new ReminderScenario();
        scenario.Plan(A.Now.AddHours(1)).Cancel("客户出差", A.Now);
        var other = new ReminderScenario();
        scenario.Plans.Add(other.Plan(A.Now.AddHours(1)));

        scenario.DueAt(A.Now.AddHours(5), ReminderKind.FollowUpOverdue).ShouldBeEmpty();
    }

    [Fact]
    public void A_rescheduled_plan_that_becomes_overdue_again_is_a_new_cause()
    {
        var scenario = new ReminderScenario();
        var plan = scenario.Plan(A.Now.AddHours(1));
        var first = scenario.DueAt(A.Now.AddHours(2), ReminderKind.FollowUpOverdue).Single();

        plan.Reschedule(A.Now.AddHours(4), "客户改期", A.Now.AddHours(2));
        var second = scenario.DueAt(A.Now.AddHours(5), ReminderKind.FollowUpOverdue).Single();

        second.Key.ShouldNotBe(first.Key);
    }
}
