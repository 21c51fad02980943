using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>Editing the archive after entry: the profile, contacts, key dates, potential issues, purchases and sharing.</summary>
public static class CustomerRecordMutations
{
    public static void AddCustomerRecordMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<CustomerType>(
            "updateCustomer", "customer", "Edits the name and profile: fields you leave out keep their value, fields sent as null are cleared. 修改客户信息。",
            i => i.Customer().ProfileFields(),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) =>
                customer.UpdateProfile(input.Has("name") ? input.Text("name") ?? string.Empty : customer.Name, CustomerProfilePatch.Apply(customer.Profile, input), x.Team.CustomSources, x.Viewer.UserId, x.Now)));

        mutation.AddMutation<CustomerType>(
            "updateContact", "customer", "Replaces a contact's details; marking them key decision maker unmarks the previous one. 修改联系人。",
            i => i.Customer().Id("contactId", "The contact. 联系人。").Text("name", "Name. 姓名。", required: true).Text("title", "Job title. 职务。").Text("phone", "Phone. 电话。").Text("email", "Email. 邮箱。")
                .Text("weChat", "WeChat. 微信。").Text("address", "Address. 地址。").Text("notes", "Notes. 备注。").Flag("isKeyDecisionMaker", "Key decision maker. 关键决策人。"),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) => customer.UpdateContact(input.Id("contactId", "Contact"), new ContactDetails(
                input.Text("name")!, input.Text("title"), input.Text("phone"), input.Text("email"), input.Text("weChat"), input.Text("address"), input.Text("notes"), input.Flag("isKeyDecisionMaker") ?? false), x.Viewer.UserId, x.Now)));

        mutation.AddMutation<CustomerType>(
            "removeKeyDate", "customer", "Removes a key date. 删除重要日期。",
            i => i.Customer().Id("keyDateId", "The key date. 重要日期。"),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) => customer.RemoveKeyDate(input.Id("keyDateId", "KeyDate"), x.Now)));

        mutation.AddMutation<CustomerType>(
            "recordPotentialIssue", "customer", "Notes a potential issue with its analysis and solution. 记录潜在问题。",
            i => i.Customer().Text("description", "Description of the issue. 问题描述。", required: true).Text("analysis", "Analysis of the issue. 问题分析。").Text("solution", "Solution. 解决方案。").Choice("status", "IssueStatus", "处理状态, default OPEN.", required: false),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) =>
                customer.RecordPotentialIssue(x.NewId(), input.Text("description")!, input.Text("analysis"), input.Text("solution"), input.Choice<IssueStatus>("status") ?? IssueStatus.Open, x.Now)));

        mutation.AddMutation<CustomerType>(
            "updatePotentialIssue", "customer", "Records how a potential issue is being handled. 更新潜在问题。",
            i => i.Customer().Id("issueId", "The potential issue. 潜在问题。").Text("analysis", "Analysis of the issue. 问题分析。").Text("solution", "Solution. 解决方案。").Choice("status", "IssueStatus", "Handling status. 处理状态。"),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) =>
                customer.UpdatePotentialIssue(input.Id("issueId", "PotentialIssue"), input.Text("analysis"), input.Text("solution"), input.Choice<IssueStatus>("status")!.Value, x.Now)));

        mutation.AddMutation<CustomerType>(
            "recordPurchase", "customer", "Adds a purchase to the customer's history. 记录购买。",
            i => i.Customer().Text("product", "Product. 产品。", required: true).Date("purchasedOn", "Purchase date. 购买日期。", required: true).Decimal("amount", "Amount. 金额。", required: true).Text("currency", "币种, default CNY."),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) =>
                customer.RecordPurchase(x.NewId(), input.Text("product")!, Required(input.Date("purchasedOn"), "purchasedOn"), Required(input.Decimal("amount"), "amount"), input.Text("currency"), x.Now)));

        mutation.AddMutation<CustomerType>(
            "recordCooperationResults", "customer", "Records what the cooperation achieved. 记录合作成果。",
            i => i.Customer().Text("results", "Cooperation results. 合作成果。", required: true),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) => customer.RecordCooperationResults(input.Text("results")!, x.Viewer.UserId, x.Now)));

        mutation.AddMutation<CustomerType>(
            "unshareCustomer", "customer", "Stops sharing the customer with a colleague. 取消共享。",
            i => i.Customer().Id("userId", "The colleague. 同事。"),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) => customer.StopSharingWith(input.Id("userId", "User"), x.Now)));
    }

    private static T Required<T>(T? value, string field)
        where T : struct => value ?? throw new DomainException("REQUIRED", $"'{field}' is required.", $"“{field}”不能为空。", field);
}
