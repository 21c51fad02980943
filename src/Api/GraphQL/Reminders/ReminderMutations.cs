using CrmGraph.Api.GraphQL.Mutations;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Reminders;

/// <summary>The recipient handles a reminder: read, dismiss or snooze it. Nobody else can see or touch it.</summary>
public static class ReminderMutations
{
    public static void AddReminderMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<MarkReminderReadInput, ReminderType>(
            "markReminderRead", "reminder", "Marks a reminder as read. 标为已读。", MarkReminderRead.HandleAsync);

        mutation.AddMutation<DismissReminderInput, ReminderType>(
            "dismissReminder", "reminder", "Dismisses a reminder; it stays in the list as dismissed. 忽略提醒。",
            DismissReminder.HandleAsync);

        mutation.AddMutation<SnoozeReminderInput, ReminderType>(
            "snoozeReminder", "reminder", "Postpones a reminder to a later time. 稍后提醒。",
            SnoozeReminder.HandleAsync);
    }
}
