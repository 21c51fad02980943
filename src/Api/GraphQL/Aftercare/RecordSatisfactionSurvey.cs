using System.ComponentModel;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Care;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>The input of <c>recordSatisfactionSurvey</c> (GraphQL: <c>RecordSatisfactionSurveyInput</c>).</summary>
public sealed record RecordSatisfactionSurveyInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description("1 (very unhappy) to 5 (very satisfied). 1（非常不满意）到 5（非常满意）。")] int Score,
    [Description("The customer's comment. 客户评价。")] string? Comment,
    [Description("Defaults to now. 默认为当前时间。")] DateTimeOffset? AnsweredAt,
    [Description(InputDocs.IdempotencyKey)] string? IdempotencyKey) : ICustomerRecordInput;

/// <summary>Records a satisfaction score (the domain checks 1–5).</summary>
public static class RecordSatisfactionSurvey
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, RecordSatisfactionSurveyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerRecordCreation.CreateAsync(context, input, "recordSatisfactionSurvey", (customer, x, _) =>
            Task.FromResult(SatisfactionSurvey.Answer(
                x.NewId(), customer.TeamId, customer.Id, customer.OwnerOr(x.Viewer.UserId), input.Score,
                input.Comment, input.AnsweredAt ?? x.Now)));
    }
}
