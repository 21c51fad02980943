using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Reminders;

/// <summary>The input of <c>snoozeReminder</c> (GraphQL: <c>SnoozeReminderInput</c>).</summary>
public sealed record SnoozeReminderInput(
    [GlobalId(ReminderType.TypeName), Description("The reminder. 提醒。")] Guid ReminderId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("When to remind again (in the future). 再次提醒的时间（须为将来时间）。")] DateTimeOffset Until);

/// <summary>Postpones a reminder to a later time (the rules: Reminder.Snooze).</summary>
public static class SnoozeReminder
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, SnoozeReminderInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ReminderChange.ApplyAsync(
            context, input.ReminderId, input.ExpectedVersion, (r, viewer, now) => r.Snooze(viewer, input.Until, now));
    }
}
