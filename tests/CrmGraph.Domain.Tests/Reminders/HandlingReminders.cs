using CrmGraph.Domain.Common;
using CrmGraph.Domain.Reminders;

namespace CrmGraph.Domain.Tests.Reminders;

/// <summary>Only the recipient reads, dismisses or snoozes a reminder; dismissing ends it.</summary>
public sealed class HandlingReminders
{
    private static Reminder AReminder() => Reminder.Issue(A.NewId(), A.TeamId, new DueReminder(
        ReminderKind.FollowUpOverdue, A.Salesperson, A.NewId(), null, "plan:x:overdue", A.Now, "Overdue", "跟进逾期"), A.Now);

    [Fact]
    public void The_recipient_snoozes_then_dismisses()
    {
        var reminder = AReminder();

        reminder.Snooze(A.Salesperson, A.Now.AddHours(2), A.Now);
        reminder.SnoozedUntil.ShouldBe(A.Now.AddHours(2));
        reminder.Dismiss(A.Salesperson, A.Now.AddMinutes(5));

        reminder.DismissedAt.ShouldBe(A.Now.AddMinutes(5));
        reminder.SnoozedUntil.ShouldBeNull();
        Should.Throw<DomainException>(() => reminder.Snooze(A.Salesperson, A.Now.AddHours(3), A.Now)).Code.ShouldBe(
            "REMINDER_DISMISSED");
    }

    [Fact]
    public void Someone_else_cannot_dismiss_or_snooze_it()
    {
        var reminder = AReminder();

        Should.Throw<DomainException>(() => reminder.Dismiss(A.Supervisor, A.Now)).Code.ShouldBe("REMINDER_NOT_YOURS");
        Should.Throw<DomainException>(() => reminder.Snooze(A.Supervisor, A.Now.AddHours(1), A.Now)).Code.ShouldBe(
            "REMINDER_NOT_YOURS");
        reminder.DismissedAt.ShouldBeNull();
    }

    [Fact]
    public void Snoozing_into_the_past_is_refused()
    {
        Should.Throw<DomainException>(() => AReminder().Snooze(A.Salesperson, A.Now, A.Now)).Field.ShouldBe("until");
    }
}
