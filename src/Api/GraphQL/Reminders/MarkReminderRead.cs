using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Reminders;

/// <summary>The input of <c>markReminderRead</c> (GraphQL: <c>MarkReminderReadInput</c>).</summary>
public sealed record MarkReminderReadInput(
    [GlobalId(ReminderType.TypeName), Description("The reminder. 提醒。")] Guid ReminderId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion);

/// <summary>Marks a reminder as read.</summary>
public static class MarkReminderRead
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, MarkReminderReadInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ReminderChange.ApplyAsync(
            context, input.ReminderId, input.ExpectedVersion, (r, viewer, now) => r.MarkRead(viewer, now));
    }
}
