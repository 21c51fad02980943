using CrmGraph.Api.Persistence.AccessLog;
using CrmGraph.Domain.Customers;
using GraphQL;
using GraphQL.Instrumentation;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>Notes, once per operation, each customer whose fields a viewer reads, for the access review.</summary>
public sealed class CustomerViewMiddleware(CustomerAccessRecorder recorder) : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Source is Customer customer
            && context.UserContext is CrmUserContext { Viewer: { } viewer } user
            && user.FirstView(customer.Id))
        {
            recorder.Note(viewer.UserId, viewer.TeamId, [customer.Id], CustomerAccessKind.Viewed);
        }

        return next(context);
    }
}
