using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Domain.Customers;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Customers;

public sealed class CreateCustomerInput
{
    public string Name { get; init; } = string.Empty;

    public CustomerKind Kind { get; init; }

    public DateTimeOffset? FirstContactAt { get; init; }

    public string? OwnerId { get; init; }

    public string? IdempotencyKey { get; init; }
}

public sealed class CreateCustomerInputType : InputObjectGraphType<CreateCustomerInput>
{
    public CreateCustomerInputType()
    {
        Name = "CreateCustomerInput";
        Description = "A new customer for the archive. 新建客户。";
        Field(x => x.Name).Description("Person or company name. 客户名称。");
        Field(x => x.Kind, type: typeof(NonNullGraphType<CustomerKindType>)).Description("客户类型。");
        Field(x => x.FirstContactAt, type: typeof(DateTimeScalar)).Description("When you first met the customer; defaults to now. 首次接触时间。");
        Field(x => x.OwnerId, type: typeof(IdGraphType)).Description("The responsible salesperson; defaults to you. Supervisors may assign within their team, admins to anyone. 负责人。");
        Field(x => x.IdempotencyKey, nullable: true).Description("A key of your choosing (e.g. a UUID): retrying with the same key and input returns the same customer instead of a second one. 幂等键。");
    }
}
