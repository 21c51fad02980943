using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>reviewCustomerGrade</c> (GraphQL: <c>ReviewCustomerGradeInput</c>).</summary>
public sealed record ReviewCustomerGradeInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion);

/// <summary>Confirms the current grade in the weekly review.</summary>
public static class ReviewCustomerGrade
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, ReviewCustomerGradeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.ReviewGrade(x.Viewer.UserId, x.Now));
    }
}
