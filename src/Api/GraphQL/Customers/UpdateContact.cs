using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Customers;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>updateContact</c> (GraphQL: <c>UpdateContactInput</c>).</summary>
public sealed record UpdateContactInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [GlobalId("Contact"), Description("The contact. 联系人。")] Guid ContactId,
    [Description("Name. 姓名。")] string Name,
    [Description("Job title. 职务。")] string? Title,
    [Description("Phone. 电话。")] string? Phone,
    [Description("Email. 邮箱。")] string? Email,
    [Description("WeChat. 微信。")] string? WeChat,
    [Description("Address. 地址。")] string? Address,
    [Description("Notes. 备注。")] string? Notes,
    [Description("Key decision maker. 关键决策人。")] bool? IsKeyDecisionMaker)
{
    public ContactDetails Details() =>
        new(Name, Title, Phone, Email, WeChat, Address, Notes, IsKeyDecisionMaker ?? false);
}

/// <summary>Replaces a contact's details; marking them key decision maker unmarks the previous one.</summary>
public static class UpdateContact
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, UpdateContactInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.UpdateContact(input.ContactId, input.Details(), x.Viewer.UserId, x.Now));
    }
}
