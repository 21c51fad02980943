using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>removeContact</c> (GraphQL: <c>RemoveContactInput</c>).</summary>
public sealed record RemoveContactInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [GlobalId("Contact"), Description("The contact. 联系人。")] Guid ContactId);

/// <summary>Removes a contact.</summary>
public static class RemoveContact
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, RemoveContactInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.RemoveContact(input.ContactId, x.Viewer.UserId, x.Now));
    }
}
