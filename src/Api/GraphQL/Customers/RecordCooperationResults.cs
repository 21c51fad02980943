using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>recordCooperationResults</c> (GraphQL: <c>RecordCooperationResultsInput</c>).</summary>
public sealed record RecordCooperationResultsInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("Cooperation results. 合作成果。")] string Results);

/// <summary>Records what the cooperation achieved.</summary>
public static class RecordCooperationResults
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, RecordCooperationResultsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.RecordCooperationResults(input.Results, x.Viewer.UserId, x.Now));
    }
}
