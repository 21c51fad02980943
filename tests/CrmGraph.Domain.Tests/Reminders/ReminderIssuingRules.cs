using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;

namespace CrmGraph.Domain.Tests.Reminders;

public sealed class ReminderIssuingRules
{
    [Fact]
    public void Asking_again_gives_the_same_keys()
    {
        var scenario = new ReminderScenario();
        scenario.Customer.Regrade(CustomerGrade.A, "本周签约", A.Salesperson, A.Supervisor, A.Now);
        scenario.Plan(A.Now.AddHours(1));
        var at = A.Now.AddDays(8).AddHours(7);

        scenario.DueAt(at).Select(r => r.Key).ShouldBe(scenario.DueAt(at).Select(r => r.Key));
    }

    [Fact]
    public void Keys_already_stored_are_not_issued_again()
    {
        var scenario = new ReminderScenario();
        scenario.Plan(A.Now.AddHours(1));
        var due = scenario.DueAt(A.Now.AddDays(8));
        var first = ReminderIssuing.IssueNew(due, new HashSet<string>(), A.NewId, A.Now.AddDays(8));

        var again = ReminderIssuing.IssueNew(scenario.DueAt(A.Now.AddDays(8)), first.Select(r => r.Key).ToHashSet(), A.NewId, A.Now.AddDays(8));

        first.Count.ShouldBe(due.Count);
        again.ShouldBeEmpty();
    }

    [Fact]
    public void The_same_key_twice_in_one_batch_is_issued_once()
    {
        var scenario = new ReminderScenario();
        scenario.Plan(A.Now.AddHours(1));
        var due = scenario.DueAt(A.Now.AddHours(2));

        ReminderIssuing.IssueNew(due.Concat(due), new HashSet<string>(), A.NewId, A.Now).Count.ShouldBe(due.Count);
    }

    [Fact]
    public void Issuing_raises_an_event_for_the_recipient()
    {
        var scenario = new ReminderScenario();
        scenario.Plan(A.Now.AddHours(1));
        var reminder = Reminder.Issue(A.NewId(), scenario.DueAt(A.Now.AddHours(2))[0], A.Now);

        reminder.DomainEvents.OfType<ReminderIssued>().ShouldHaveSingleItem().RecipientId.ShouldBe(A.Salesperson);
    }

    [Fact]
    public void Only_the_recipient_marks_a_reminder_read_and_reading_twice_changes_nothing()
    {
        var scenario = new ReminderScenario();
        scenario.Plan(A.Now.AddHours(1));
        var reminder = Reminder.Issue(A.NewId(), scenario.DueAt(A.Now.AddHours(2))[0], A.Now);

        Should.Throw<DomainException>(() => reminder.MarkRead(A.OtherSalesperson, A.Now)).Code.ShouldBe("REMINDER_NOT_YOURS");
        reminder.IsRead.ShouldBeFalse();
        reminder.MarkRead(A.Salesperson, A.Now.AddHours(3));
        reminder.MarkRead(A.Salesperson, A.Now.AddHours(4));

        reminder.ReadAt.ShouldBe(A.Now.AddHours(3));
        reminder.DomainEvents.OfType<ReminderRead>().Count().ShouldBe(1);
    }
}
