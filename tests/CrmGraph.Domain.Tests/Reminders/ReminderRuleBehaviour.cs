using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Reminders;
using FsCheck.Xunit;

namespace CrmGraph.Domain.Tests.Reminders;

public sealed class ReminderRuleBehaviour
{
    private static readonly CustomerReminderFacts NoFacts = new(false, false, [A.Supervisor]);

    [Fact]
    public void An_overdue_plan_of_an_A_grade_customer_reaches_owner_and_supervisor_guide()
    {
        var customer = A.Prospect();
        customer.Regrade(CustomerGrade.A, "即将签约", A.Salesperson, A.Supervisor, A.Now);
        var plan = FollowUpPlan.Schedule(
            A.NewId(), A.TeamId, customer.Id, A.Salesperson, A.Now.AddHours(1), FollowUpChannel.Phone,
            FollowUpPurpose.Negotiation, null, A.Now);

        var soon = ReminderRules.ForPlan(plan, customer, A.Team(), A.Now).ToList();
        var overdue = ReminderRules.ForPlan(plan, customer, A.Team(), A.Now.AddHours(2)).ToList();

        soon.Single().Kind.ShouldBe(ReminderKind.FollowUpDueSoon);
        overdue.Select(r => (r.Kind, r.RecipientId))
            .ShouldBe([(ReminderKind.FollowUpOverdue, A.Salesperson), (ReminderKind.FollowUpOverdue, A.Supervisor)]);
    }

    [Fact]
    public void Rescheduling_makes_a_new_occurrence_so_a_second_overdue_is_a_new_reminder()
    {
        var customer = A.Prospect();
        var plan = FollowUpPlan.Schedule(
            A.NewId(), A.TeamId, customer.Id, A.Salesperson, A.Now, FollowUpChannel.Phone, FollowUpPurpose.Other, null,
            A.Now.AddDays(-1));
        var first = ReminderRules.ForPlan(plan, customer, A.Team(), A.Now.AddHours(1)).Single().CauseKey;

        plan.Reschedule(A.Now.AddDays(1), "改期", A.Now.AddHours(1));
        var second = ReminderRules.ForPlan(plan, customer, A.Team(), A.Now.AddDays(2)).Single().CauseKey;

        second.ShouldNotBe(first);
    }

    [Fact]
    public void A_new_customer_without_a_follow_up_after_a_week_escalates_to_the_supervisors()
    {
        var customer = A.Prospect();

        var reminders = ReminderRules.ForCustomer(customer, A.Team(), NoFacts, A.Now.AddDays(7))
            .Where(r => r.Kind == ReminderKind.NewCustomerWithoutFollowUp)
            .ToList();

        reminders.Select(r => r.RecipientId).ShouldBe([A.Salesperson, A.Supervisor]);
    }

    [Fact]
    public void Key_dates_and_contract_expiry_are_reminded_ahead_by_their_own_lead_times()
    {
        var customer = A.Prospect();
        customer.AddKeyDate(A.NewId(), KeyDateKind.Birthday, new DateOnly(1985, 3, 8), "王总生日", null, A.Now);
        customer.AddKeyDate(A.NewId(), KeyDateKind.ContractExpiry, new DateOnly(2026, 3, 30), null, null, A.Now);

        var kinds = ReminderRules.ForCustomer(customer, A.Team(), NoFacts, A.Now).Select(r => r.Kind).ToList();

        kinds.ShouldContain(ReminderKind.KeyDateAhead);
        kinds.ShouldContain(ReminderKind.ContractExpiring);
    }

    [Fact]
    public void An_A_grade_customer_not_followed_up_today_is_reminded_in_the_afternoon_local_time()
    {
        var customer = A.Prospect();
        customer.Regrade(CustomerGrade.A, "即将签约", A.Salesperson, A.Supervisor, A.Now);
        var morning = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);   // 10:00 Shanghai
        var afternoon = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero); // 16:00 Shanghai

        bool Reminded(DateTimeOffset at, bool followedUp) =>
            ReminderRules.ForCustomer(customer, A.Team(), NoFacts with { FollowedUpToday = followedUp }, at)
            .Any(r => r.Kind == ReminderKind.GradeAWithoutFollowUpToday);

        Reminded(morning, false).ShouldBeFalse();
        Reminded(afternoon, false).ShouldBeTrue();
        Reminded(afternoon, true).ShouldBeFalse();
    }

    [Property(MaxTest = 200)]
    public void The_same_state_never_yields_two_reminders_for_one_cause(byte days, byte hours, bool gradeA)
    {
        var customer = A.Prospect();
        if (gradeA)
        {
            customer.Regrade(CustomerGrade.A, "即将签约", A.Salesperson, A.Supervisor, A.Now);
        }

        customer.AddKeyDate(A.NewId(), KeyDateKind.Birthday, new DateOnly(1985, 3, 8), null, null, A.Now);
        var plan = FollowUpPlan.Schedule(
            A.NewId(), A.TeamId, customer.Id, A.Salesperson, A.Now.AddDays(3), FollowUpChannel.Phone,
            FollowUpPurpose.Other, null, A.Now);
        var now = A.Now.AddDays(days % 60).AddHours(hours % 24);

        var first = ReminderRules.ForCustomer(customer, A.Team(), NoFacts, now)
            .Concat(ReminderRules.ForPlan(plan, customer, A.Team(), now))
            .ToList();
        var again = ReminderRules.ForCustomer(customer, A.Team(), NoFacts, now)
            .Concat(ReminderRules.ForPlan(plan, customer, A.Team(), now))
            .ToList();

        first.Select(r => (r.RecipientId, r.CauseKey)).Distinct().Count().ShouldBe(first.Count);
        again.Select(r => r.CauseKey).ShouldBe(first.Select(r => r.CauseKey));
    }
}
