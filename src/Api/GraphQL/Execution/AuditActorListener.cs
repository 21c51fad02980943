using CrmGraph.Api.Persistence.Auditing;
using GraphQL.Execution;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>Attributes what an operation saves to its viewer, whatever the transport.</summary>
public sealed class AuditActorListener : DocumentExecutionListenerBase
{
    public override Task BeforeExecutionAsync(IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.RequestServices?.GetService<AuditActor>() is { } actor
            && context.UserContext is CrmUserContext { Viewer: { } viewer })
        {
            actor.UserId = viewer.UserId;
        }

        return Task.CompletedTask;
    }
}
