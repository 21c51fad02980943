using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Domain.Common;
using GraphQL;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Customers;

public static class CustomerMutations
{
    public static void AddCustomerMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<CreateCustomerPayloadType>>("createCustomer")
            .Description("Enters a new customer into the archive. 新建客户。")
            .Argument<NonNullGraphType<CreateCustomerInputType>>("input")
            .ResolveAsync(async c =>
            {
                try
                {
                    var command = c.RequestServices!.GetRequiredService<CreateCustomerCommand>();
                    return CreateCustomerPayload.Created(await command.RunAsync(c.Viewer(), c.GetArgument<CreateCustomerInput>("input"), c.CancellationToken).ConfigureAwait(false));
                }
                catch (DomainException ex)
                {
                    return CreateCustomerPayload.Failed(ex.ToUserError(c));
                }
            });
    }
}
