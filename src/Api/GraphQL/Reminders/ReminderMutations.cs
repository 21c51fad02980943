using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Reminders;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Reminders;

/// <summary>The recipient handles a reminder: read, dismiss or snooze it. Nobody else can see or touch it.</summary>
public static class ReminderMutations
{
    public static void AddReminderMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<ReminderType>(
            "markReminderRead", "reminder", "Marks a reminder as read. 标为已读。",
            i => i.Target("reminderId", "The reminder. 提醒。"),
            (c, input) => ChangeAsync(c, input, (r, viewer, now) => r.MarkRead(viewer, now)));

        mutation.AddMutation<ReminderType>(
            "dismissReminder", "reminder", "Dismisses a reminder; it stays in the list as dismissed. 忽略提醒。",
            i => i.Target("reminderId", "The reminder. 提醒。"),
            (c, input) => ChangeAsync(c, input, (r, viewer, now) => r.Dismiss(viewer, now)));

        mutation.AddMutation<ReminderType>(
            "snoozeReminder", "reminder", "Postpones a reminder to a later time. 稍后提醒。",
            i => i.Target("reminderId", "The reminder. 提醒。").Instant("until", "When to remind again (in the future). 再次提醒的时间（须为将来时间）。", required: true),
            (c, input) => ChangeAsync(c, input, (r, viewer, now) => r.Snooze(viewer, input.Instant("until") ?? throw new DomainException("REQUIRED", "'until' is required.", "“until”不能为空。", "until"), now)));
    }

    private static async Task<object?> ChangeAsync(IResolveFieldContext c, InputValues input, Action<Reminder, Guid, DateTimeOffset> change)
    {
        var viewer = c.Viewer();
        var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
        var id = input.Id("reminderId", ReminderType.TypeName);
        var reminder = await VisibilityScope.Reminders(db.Reminders, viewer).SingleOrDefaultAsync(r => r.Id == id, c.CancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("reminderId", "reminder");
        ExpectedVersion.Check(c, reminder);
        change(reminder, viewer.UserId, c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow());
        await db.SaveChangesAsync(c.CancellationToken).ConfigureAwait(false);
        return reminder;
    }
}
