using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>verifyContactDetails</c> (GraphQL: <c>VerifyContactDetailsInput</c>).</summary>
public sealed record VerifyContactDetailsInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion);

/// <summary>Confirms the contact details are current (weekly).</summary>
public static class VerifyContactDetails
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, VerifyContactDetailsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.VerifyContactDetails(x.Viewer.UserId, x.Now));
    }
}
