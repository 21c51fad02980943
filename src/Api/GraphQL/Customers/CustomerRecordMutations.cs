using CrmGraph.Api.GraphQL.Mutations;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>
/// Editing the archive after entry: the profile, contacts, key dates, potential issues, purchases and sharing. Each
/// is one input record and one handler, in a file named after it.
/// </summary>
public static class CustomerRecordMutations
{
    public static void AddCustomerRecordMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<UpdateCustomerInput, CustomerType>(
            "updateCustomer", "customer",
            "Edits the name and profile: fields you leave out keep their value, fields sent as null are cleared."
            + " 修改客户信息。",
            UpdateCustomer.HandleAsync);

        mutation.AddMutation<UpdateContactInput, CustomerType>(
            "updateContact", "customer",
            "Replaces a contact's details; marking them key decision maker unmarks the previous one. 修改联系人。",
            UpdateContact.HandleAsync);

        mutation.AddMutation<RemoveKeyDateInput, CustomerType>(
            "removeKeyDate", "customer", "Removes a key date. 删除重要日期。", RemoveKeyDate.HandleAsync);

        mutation.AddMutation<RecordPotentialIssueInput, CustomerType>(
            "recordPotentialIssue", "customer",
            "Notes a potential issue with its analysis and solution. 记录潜在问题。",
            RecordPotentialIssue.HandleAsync);

        mutation.AddMutation<UpdatePotentialIssueInput, CustomerType>(
            "updatePotentialIssue", "customer", "Records how a potential issue is being handled. 更新潜在问题。",
            UpdatePotentialIssue.HandleAsync);

        mutation.AddMutation<RecordPurchaseInput, CustomerType>(
            "recordPurchase", "customer", "Adds a purchase to the customer's history. 记录购买。",
            RecordPurchase.HandleAsync);

        mutation.AddMutation<RecordCooperationResultsInput, CustomerType>(
            "recordCooperationResults", "customer", "Records what the cooperation achieved. 记录合作成果。",
            RecordCooperationResults.HandleAsync);

        mutation.AddMutation<UnshareCustomerInput, CustomerType>(
            "unshareCustomer", "customer", "Stops sharing the customer with a colleague. 取消共享。",
            UnshareCustomer.HandleAsync);
    }
}
