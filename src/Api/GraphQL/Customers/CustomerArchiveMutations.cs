using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Users;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>
/// Archive mutations: tags, contacts, key dates, verification, archiving, sharing and the pool. Each is one input
/// record and one handler, in a file named after it.
/// </summary>
public static class CustomerArchiveMutations
{
    public static void AddCustomerArchiveMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<SetCustomerTagsInput, CustomerType>(
            "setCustomerTags", "customer", "Replaces the customer's tags. 设置标签。", SetCustomerTags.HandleAsync);

        mutation.AddMutation<VerifyContactDetailsInput, CustomerType>(
            "verifyContactDetails", "customer", "Confirms the contact details are current (weekly). 核对联系方式。",
            VerifyContactDetails.HandleAsync);

        mutation.AddMutation<AddContactInput, CustomerType>(
            "addContact", "customer",
            "Adds a contact; marking them key decision maker unmarks the previous one. 添加联系人。",
            AddContact.HandleAsync);

        mutation.AddMutation<RemoveContactInput, CustomerType>(
            "removeContact", "customer", "Removes a contact. 删除联系人。", RemoveContact.HandleAsync);

        mutation.AddMutation<AddKeyDateInput, CustomerType>(
            "addKeyDate", "customer", "Adds a date worth a reminder. 添加重要日期。", AddKeyDate.HandleAsync);

        mutation.AddMutation<ArchiveCustomerInput, CustomerType>(
            "archiveCustomer", "customer", "Archives the customer (kept, hidden from daily work). 归档客户。",
            ArchiveCustomer.HandleAsync);

        mutation.AddMutation<RestoreCustomerInput, CustomerType>(
            "restoreCustomer", "customer", "Restores an archived customer. 恢复客户。", RestoreCustomer.HandleAsync);

        mutation.AddMutation<ShareCustomerInput, CustomerType>(
            "shareCustomer", "customer", "Lets a colleague see the customer. 共享客户。", ShareCustomer.HandleAsync);

        mutation.AddMutation<ClaimCustomerInput, CustomerType>(
            "claimCustomer", "customer",
            "Claims a customer from the team pool, within the daily claim cap, the holding cap and the previous"
            + " owner's cooldown. 领取公海客户。",
            ClaimCustomer.HandleAsync);

        mutation.AddMutation<TransferCustomerInput, CustomerType>(
            "transferCustomer", "customer",
            "Hands the customer to another salesperson of its team (supervisors within their team, admins); the"
            + " reclaim clock restarts. 转移客户。",
            TransferCustomer.HandleAsync);

        mutation.AddMutation<ReleaseCustomerToPoolInput, CustomerType>(
            "releaseCustomerToPool", "customer", "Gives the customer back to the team pool, with a reason. 放入公海。",
            ReleaseCustomerToPool.HandleAsync);

        mutation.GetField("transferCustomer")!.RequireRoles(UserRole.Supervisor, UserRole.Admin);
    }
}
