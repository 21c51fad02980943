using System.ComponentModel;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Service;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>The input of <c>recordService</c> (GraphQL: <c>RecordServiceInput</c>).</summary>
public sealed record RecordServiceInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description("Service type. 服务类型。")] ServiceType Type,
    [Description("What the service or complaint is about. 服务内容 / 投诉内容。")] string Content,
    [Description("When the customer asked; defaults to now. 客户提出请求的时间；默认为当前时间。")]
    DateTimeOffset? RequestedAt,
    [Description(InputDocs.IdempotencyKey)] string? IdempotencyKey) : ICustomerRecordInput;

/// <summary>Opens a service request or a complaint, owned by the customer's owner (or the viewer when none).</summary>
public static class RecordService
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, RecordServiceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerRecordCreation.CreateAsync(context, input, "recordService", (customer, x, _) => Task.FromResult(
            ServiceRecord.Open(
                x.NewId(), customer.TeamId, customer.Id, customer.OwnerOr(x.Viewer.UserId), input.Type,
                input.Content, input.RequestedAt ?? x.Now, x.Now)));
    }
}
