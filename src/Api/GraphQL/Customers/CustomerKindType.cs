using CrmGraph.Domain.Customers;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Customers;

public sealed class CustomerKindType : EnumerationGraphType<CustomerKind>
{
    public CustomerKindType()
    {
        Name = "CustomerKind";
        Description = "Who the customer is. 客户类型。";
        Values["INDIVIDUAL"]!.Description = "个人客户 (B2C): a person, who is their own contact.";
        Values["ORGANIZATION"]!.Description = "企业客户 (B2B): a company with contacts.";
    }
}
