using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Reminders;

/// <summary>The input of <c>dismissReminder</c> (GraphQL: <c>DismissReminderInput</c>).</summary>
public sealed record DismissReminderInput(
    [GlobalId(ReminderType.TypeName), Description("The reminder. 提醒。")] Guid ReminderId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion);

/// <summary>Dismisses a reminder; it stays in the list as dismissed.</summary>
public static class DismissReminder
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, DismissReminderInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ReminderChange.ApplyAsync(
            context, input.ReminderId, input.ExpectedVersion, (r, viewer, now) => r.Dismiss(viewer, now));
    }
}
