using CrmGraph.Api.Events;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Subscriptions;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Common;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers;

public static class CustomerSubscriptions
{
    public static void AddCustomerSubscriptions(this ObjectGraphType subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        subscription.Field<NonNullGraphType<CustomerChangedType>>("onCustomerChanged")
            .Description("Every committed change to a customer you can see, as it happens. 客户变更推送。")
            .ResolveStream(c =>
            {
                var viewer = c.Viewer();
                var services = c.RequestServices!;
                var scopes = services.GetRequiredService<IServiceScopeFactory>();
                return new MappedEventSource<IDomainEvent>(
                    services.GetRequiredService<EventHub<IDomainEvent>>(),
                    (e, ct) => VisibleChangeAsync(scopes, viewer, e, ct));
            });
    }

    // Reloads through the subscriber's visibility scope, so a subscription never shows what a query would not.
    private static async Task<object?> VisibleChangeAsync(
        IServiceScopeFactory scopes, Viewer viewer, IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if (CustomerChanged.CustomerIdOf(domainEvent) is not { } id)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var customer = await VisibilityScope.Customers(db.Customers.AsNoTracking(), viewer)
            .SingleOrDefaultAsync(x => x.Id == id, cancellationToken)
            .ConfigureAwait(false);
        return customer is null ? null : new CustomerChanged(
            id, domainEvent.GetType().Name, domainEvent.OccurredAt, customer);
    }
}
