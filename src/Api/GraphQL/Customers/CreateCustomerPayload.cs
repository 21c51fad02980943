using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Domain.Customers;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Customers;

public sealed record CreateCustomerPayload(Customer? Customer, IReadOnlyList<UserError>? Errors)
{
    public static CreateCustomerPayload Created(Customer customer) => new(customer, null);

    public static CreateCustomerPayload Failed(UserError error) => new(null, [error]);
}

public sealed class CreateCustomerPayloadType : ObjectGraphType<CreateCustomerPayload>
{
    public CreateCustomerPayloadType()
    {
        Name = "CreateCustomerPayload";
        Field<CustomerType>("customer").Description("The created customer; null when `errors` is set.").Resolve(c => c.Source.Customer);
        Field<ListGraphType<NonNullGraphType<CreateCustomerErrorType>>>("errors").Description("Why nothing was created; null on success.").Resolve(c => c.Source.Errors);
    }
}

public sealed class CreateCustomerErrorType : UnionGraphType
{
    public CreateCustomerErrorType()
    {
        Name = "CreateCustomerError";
        Type<ValidationErrorType>();
    }
}
