using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;

namespace CrmGraph.Domain.Tests.Reminders;

public sealed class CustomerCareReminders
{
    [Fact]
    public void A_grade_not_reviewed_for_a_week_is_reminded_until_reviewed()
    {
        var scenario = new ReminderScenario();
        scenario.Customer.Regrade(CustomerGrade.B, "有初步需求", A.Salesperson, null, A.Now);

        scenario.DueAt(A.Now.AddDays(6), ReminderKind.GradeReviewStale).ShouldBeEmpty();
        var first = scenario.DueAt(A.Now.AddDays(7), ReminderKind.GradeReviewStale).ShouldHaveSingleItem();

        scenario.Customer.ReviewGrade(A.Salesperson, A.Now.AddDays(7));
        scenario.DueAt(A.Now.AddDays(8), ReminderKind.GradeReviewStale).ShouldBeEmpty();
        scenario.DueAt(A.Now.AddDays(14), ReminderKind.GradeReviewStale).ShouldHaveSingleItem().Key.ShouldNotBe(first.Key);
    }

    [Fact]
    public void Contact_details_not_verified_for_a_week_are_reminded()
    {
        var scenario = new ReminderScenario();

        scenario.DueAt(A.Now.AddDays(7), ReminderKind.ContactVerificationStale).ShouldHaveSingleItem();
        scenario.Customer.VerifyContactDetails(A.Salesperson, A.Now.AddDays(7));
        scenario.DueAt(A.Now.AddDays(8), ReminderKind.ContactVerificationStale).ShouldBeEmpty();
    }

    [Fact]
    public void A_new_customer_without_a_follow_up_a_week_after_first_contact_is_reminded()
    {
        var scenario = new ReminderScenario();

        scenario.DueAt(A.Now.AddDays(6), ReminderKind.FirstFollowUpMissing).ShouldBeEmpty();
        scenario.DueAt(A.Now.AddDays(7), ReminderKind.FirstFollowUpMissing).ShouldHaveSingleItem();
        scenario.Customer.RecordContact(A.Now.AddDays(7), A.Now.AddDays(7));
        scenario.DueAt(A.Now.AddDays(8), ReminderKind.FirstFollowUpMissing).ShouldBeEmpty();
    }

    [Fact]
    public void An_A_grade_customer_without_a_follow_up_today_is_reminded_in_the_afternoon_to_owner_and_guide()
    {
        var scenario = new ReminderScenario();
        scenario.Customer.Regrade(CustomerGrade.A, "本周签约", A.Salesperson, A.Supervisor, A.Now);
        var morning = new DateTimeOffset(2026, 3, 3, 1, 0, 0, TimeSpan.Zero);   // 09:00 in Shanghai
        var afternoon = new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero); // 16:00 in Shanghai

        scenario.DueAt(morning, ReminderKind.AGradeNotFollowedUpToday).ShouldBeEmpty();
        scenario.DueAt(afternoon, ReminderKind.AGradeNotFollowedUpToday).Select(r => r.RecipientId).ShouldBe([A.Salesperson, A.Supervisor]);

        scenario.Customer.RecordContact(morning.AddHours(1), morning.AddHours(1));
        scenario.DueAt(afternoon, ReminderKind.AGradeNotFollowedUpToday).ShouldBeEmpty();
    }

    [Fact]
    public void The_owner_is_warned_before_the_pool_reclaims_the_customer_but_not_while_a_deal_is_open()
    {
        var scenario = new ReminderScenario();

        scenario.DueAt(A.Now.AddDays(26), ReminderKind.PoolReclaimWarning).ShouldBeEmpty();
        scenario.DueAt(A.Now.AddDays(28), ReminderKind.PoolReclaimWarning).ShouldHaveSingleItem().DueAt.ShouldBe(A.Now.AddDays(30));
        scenario.HasOpenDeal = true;
        scenario.DueAt(A.Now.AddDays(28), ReminderKind.PoolReclaimWarning).ShouldBeEmpty();
    }

    [Fact]
    public void Archived_customers_and_pool_customers_get_no_owner_reminders()
    {
        var archived = new ReminderScenario();
        archived.Customer.Archive(A.Salesperson, A.Now);
        archived.DueAt(A.Now.AddDays(10)).ShouldBeEmpty();

        var pooled = new ReminderScenario();
        pooled.Customer.ReleaseToPool(A.Salesperson, "无意向", A.Now);
        pooled.DueAt(A.Now.AddDays(10)).ShouldBeEmpty();
    }
}
