using CrmGraph.Api.Persistence.AccessLog;
using CrmGraph.Domain.Customers;
using GraphQL;
using GraphQL.Instrumentation;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>Notes, once per operation, each customer whose fields a viewer reads, for the access review.</summary>
/// <remarks>
/// The recorder is the request's server's, taken from the request's services: a schema and its middleware are built
/// once and may outlive the service provider that built them (the tests share one built schema between servers).
/// </remarks>
public sealed class CustomerViewMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Source is Customer customer
            && context.UserContext is CrmUserContext { Viewer: { } viewer } user
            && user.FirstView(customer, customer.Id))
        {
            context.RequestServices!.GetRequiredService<CustomerAccessRecorder>()
                .Note(viewer.UserId, viewer.TeamId, [customer.Id], CustomerAccessKind.Viewed);
        }

        return next(context);
    }
}
