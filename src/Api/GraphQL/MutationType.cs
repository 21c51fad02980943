using CrmGraph.Api.GraphQL.Customers;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddCustomerMutations();
        this.AddCustomerLifecycleMutations();
        this.AddCustomerArchiveMutations();
    }
}
