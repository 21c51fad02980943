using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Reminders;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL;

public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        this.AddCustomerSubscriptions();
        this.AddReminderSubscriptions();
    }
}
