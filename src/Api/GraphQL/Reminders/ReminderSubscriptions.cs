using CrmGraph.Api.Events;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Domain.Common;
using GraphQL;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Reminders;

public static class ReminderSubscriptions
{
    public static void AddReminderSubscriptions(this ObjectGraphType subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        subscription.Field<NonNullGraphType<ReminderType>>("onReminder")
            .Description("Your reminders as they fall due: first the stored ones after `after` (the last id you saw; " +
                "all when left out), oldest first, then live ones. Reconnect with your last id to get what you " +
                "missed. 提醒推送。")
            .Argument<IdGraphType>("after", "The id of the last reminder you received. 你收到的最后一条提醒的 id。")
            .ResolveStream(c =>
            {
                var after = c.GetArgument<string?>("after") is { } text
                    ? GlobalId.TryParse(text, ReminderType.TypeName, out var id) ? id : throw new ExecutionError(
                        "'after' is not a Reminder id.")
                    { Code = "INVALID_ID" }
                    : (Guid?)null;
                var services = c.RequestServices!;
                return new ReminderFeed(
                    services.GetRequiredService<EventHub<IDomainEvent>>(),
                    services.GetRequiredService<IServiceScopeFactory>(), c.Viewer(), after);
            });
    }
}
