using System.ComponentModel;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Care;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>The input of <c>recordFeedback</c> (GraphQL: <c>RecordFeedbackInput</c>).</summary>
public sealed record RecordFeedbackInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description("Feedback category. 反馈类别。")] FeedbackCategory Category,
    [Description("Feedback content. 反馈内容。")] string Content,
    [Description("Meant for the product department. 转产品部门。")] bool? ForProductDepartment,
    [Description("Defaults to now. 默认为当前时间。")] DateTimeOffset? ReceivedAt,
    [Description(InputDocs.IdempotencyKey)] string? IdempotencyKey) : ICustomerRecordInput;

/// <summary>Records a suggestion, complaint or praise, possibly meant for the product department.</summary>
public static class RecordFeedback
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, RecordFeedbackInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerRecordCreation.CreateAsync(context, input, "recordFeedback", (customer, x, _) =>
            Task.FromResult(Feedback.Receive(
                x.NewId(), customer.TeamId, customer.Id, customer.OwnerOr(x.Viewer.UserId), input.Category,
                input.Content, input.ForProductDepartment ?? false, input.ReceivedAt ?? x.Now)));
    }
}
