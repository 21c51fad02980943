using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Reminders;
using FsCheck.Xunit;

namespace CrmGraph.Domain.Tests.Reminders;

/// <summary>Due reminders become stored reminders once per cause and recipient, however often the scan runs.</summary>
public sealed class StoredReminders
{
    private static readonly CustomerReminderFacts Facts = new(false, false, [A.Supervisor]);

    private static List<DueReminder> Scan(Customer customer, FollowUpPlan plan, DateTimeOffset now) =>
        [.. ReminderRules.ForCustomer(customer, A.Team(), Facts, now), .. ReminderRules.ForPlan(
            plan, customer, A.Team(), now)];

    private static (Customer Customer, FollowUpPlan Plan) AGradeCustomerWithPlan()
    {
        var customer = A.Prospect();
        customer.Regrade(CustomerGrade.A, "即将签约", A.Salesperson, A.Supervisor, A.Now);
        var plan = FollowUpPlan.Schedule(
            A.NewId(), A.TeamId, customer.Id, A.Salesperson, A.Now.AddHours(2), FollowUpChannel.Phone,
            FollowUpPurpose.Negotiation, null, A.Now);
        return (customer, plan);
    }

    [Fact]
    public void Owner_and_supervisor_each_get_their_own_reminder_for_one_cause()
    {
        var (customer, plan) = AGradeCustomerWithPlan();

        var issued = ReminderIssuing.IssueNew(
            A.TeamId, ReminderRules.ForPlan(plan, customer, A.Team(), A.Now.AddHours(3)), new HashSet<string>(),
            A.NewId, A.Now.AddHours(3));

        issued.Select(r => r.RecipientId).ShouldBe([A.Salesperson, A.Supervisor]);
        issued.Select(r => r.Cause).Distinct().ShouldHaveSingleItem();
        issued.Select(r => r.Key).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void Keys_already_stored_are_not_issued_again()
    {
        var (customer, plan) = AGradeCustomerWithPlan();
        var at = A.Now.AddDays(8).AddHours(8);
        var first = ReminderIssuing.IssueNew(A.TeamId, Scan(customer, plan, at), new HashSet<string>(), A.NewId, at);

        var again = ReminderIssuing.IssueNew(
            A.TeamId, Scan(customer, plan, at), first.Select(r => r.Key).ToHashSet(), A.NewId, at);

        first.ShouldNotBeEmpty();
        again.ShouldBeEmpty();
    }

    [Fact]
    public void Issuing_raises_an_event_naming_the_recipient()
    {
        var (customer, plan) = AGradeCustomerWithPlan();

        var reminder = Reminder.Issue(
            A.NewId(), A.TeamId, ReminderRules.ForPlan(plan, customer, A.Team(), A.Now).Single(), A.Now);

        reminder.DomainEvents.OfType<ReminderIssued>().ShouldHaveSingleItem().RecipientId.ShouldBe(A.Salesperson);
        reminder.Kind.ShouldBe(ReminderKind.FollowUpDueSoon);
    }

    [Fact]
    public void Only_the_recipient_marks_a_reminder_read_and_reading_twice_changes_nothing()
    {
        var (customer, plan) = AGradeCustomerWithPlan();
        var reminder = Reminder.Issue(
            A.NewId(), A.TeamId, ReminderRules.ForPlan(plan, customer, A.Team(), A.Now).Single(), A.Now);

        Should.Throw<DomainException>(() => reminder.MarkRead(A.OtherSalesperson, A.Now)).Code.ShouldBe(
            "REMINDER_NOT_YOURS");
        reminder.IsRead.ShouldBeFalse();
        reminder.MarkRead(A.Salesperson, A.Now.AddHours(1));
        reminder.MarkRead(A.Salesperson, A.Now.AddHours(2));

        reminder.ReadAt.ShouldBe(A.Now.AddHours(1));
        reminder.DomainEvents.OfType<ReminderRead>().Count().ShouldBe(1);
    }

    [Property(MaxTest = 200)]
    public void Repeated_scans_never_store_two_reminders_for_one_cause_and_recipient(byte[] offsetsInHours)
    {
        var (customer, plan) = AGradeCustomerWithPlan();
        customer.AddKeyDate(A.NewId(), KeyDateKind.Birthday, new DateOnly(1985, 3, 8), null, null, A.Now);
        var stored = new List<Reminder>();
        foreach (var hours in offsetsInHours ?? [])
        {
            var at = A.Now.AddHours(hours * 3);
            stored.AddRange(ReminderIssuing.IssueNew(
                A.TeamId, Scan(customer, plan, at), stored.Select(r => r.Key).ToHashSet(), A.NewId, at));
        }

        stored.Select(r => (r.Cause, r.RecipientId)).Distinct().Count().ShouldBe(stored.Count);
        stored.ShouldAllBe(r => r.Key.Length <= Reminder.KeyMaxLength);
    }
}
