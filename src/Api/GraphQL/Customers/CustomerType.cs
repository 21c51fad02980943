using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Domain.Customers;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Customers;

public sealed class CustomerType : ObjectGraphType<Customer>
{
    public const string TypeName = "Customer";

    public CustomerType()
    {
        Name = TypeName;
        Description = "A customer in the archive. 客户档案。";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Format(TypeName, c.Source.Id));
        Field(x => x.Name).Description("Person or company name. 客户名称。");
        Field<NonNullGraphType<CustomerKindType>>("kind").Description("客户类型。").Resolve(c => c.Source.Kind);
        Field<IdGraphType>("ownerId").Description("The responsible salesperson's id; null while the customer is in the pool (公海). 负责人。").Resolve(c => c.Source.OwnerId is { } id ? GlobalId.Format("User", id) : null);
        Field<UserType>("owner").Description("The responsible salesperson; null while in the pool or when not visible to you. 负责人。").Resolve(c => c.Source.OwnerId is { } id ? c.LoadUser(id) : null);
        Field<NonNullGraphType<DateTimeScalar>>("firstContactAt").Description("When the salesperson first met the customer. 首次接触时间。").Resolve(c => c.Source.FirstContactAt);
        Field<NonNullGraphType<DateTimeScalar>>("enteredAt").Description("When the record was entered. 录入时间。").Resolve(c => c.Source.EnteredAt);
        IsTypeOf = o => o is Customer;
    }
}
