using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Reminders;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL;

public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Live events over WebSocket (graphql-transport-ws) or SSE. 实时订阅。";
        this.AddCustomerSubscriptions();
        this.AddReminderSubscriptions();
    }
}
