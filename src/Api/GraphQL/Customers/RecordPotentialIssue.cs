using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Customers;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>recordPotentialIssue</c> (GraphQL: <c>RecordPotentialIssueInput</c>).</summary>
public sealed record RecordPotentialIssueInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("Description of the issue. 问题描述。")] string Description,
    [Description("Analysis of the issue. 问题分析。")] string? Analysis,
    [Description("Solution. 解决方案。")] string? Solution,
    [Description("处理状态, default OPEN.")] IssueStatus? Status);

/// <summary>Notes a potential issue with its analysis and solution.</summary>
public static class RecordPotentialIssue
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, RecordPotentialIssueInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.RecordPotentialIssue(
                x.NewId(), input.Description, input.Analysis, input.Solution, input.Status ?? IssueStatus.Open, x.Now));
    }
}
