using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Customers;

public static class CustomerMutations
{
    public static void AddCustomerMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<CreateCustomerInputType, CustomerType>(
            "createCustomer",
            "customer",
            "Enters a new customer into the archive. 新建客户。",
            async c => await c.RequestServices!.GetRequiredService<CreateCustomerCommand>()
                .RunAsync(c.Viewer(), c.GetArgument<CreateCustomerInput>("input"), c.CancellationToken)
                .ConfigureAwait(false),
            typeof(Errors.DuplicateCustomerErrorType));
        mutation.GetField("createCustomer")!.Arguments!.Find("input")!.Description = "The new customer. 新客户信息。";
    }
}
