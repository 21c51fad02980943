using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Customers;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>updatePotentialIssue</c> (GraphQL: <c>UpdatePotentialIssueInput</c>).</summary>
public sealed record UpdatePotentialIssueInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [GlobalId("PotentialIssue"), Description("The potential issue. 潜在问题。")] Guid IssueId,
    [Description("Analysis of the issue. 问题分析。")] string? Analysis,
    [Description("Solution. 解决方案。")] string? Solution,
    [Description("Handling status. 处理状态。")] IssueStatus Status);

/// <summary>Records how a potential issue is being handled.</summary>
public static class UpdatePotentialIssue
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, UpdatePotentialIssueInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.UpdatePotentialIssue(input.IssueId, input.Analysis, input.Solution, input.Status, x.Now));
    }
}
