using CrmGraph.Api.GraphQL.Mutations;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary><c>mergeCustomers</c>: input record and handler in <see cref="MergeCustomers"/>.</summary>
public static class CustomerMergeMutation
{
    public static void AddCustomerMergeMutation(this ObjectGraphType mutation)
    {
        mutation.AddMutation<MergeCustomersInput, CustomerType>(
            "mergeCustomers", "customer",
            "Merges a duplicate into this customer: contacts, key dates, issues, purchases, tags, follow-up plans and"
            + " records and deals move here; the duplicate stays archived with its history and `mergedInto` set."
            + " 合并重复客户。",
            MergeCustomers.HandleAsync);
    }
}
