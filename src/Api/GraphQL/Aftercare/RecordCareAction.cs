using System.ComponentModel;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Care;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>The input of <c>recordCareAction</c> (GraphQL: <c>RecordCareActionInput</c>).</summary>
public sealed record RecordCareActionInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description("Kind of care action. 关怀类型。")] CareKind Kind,
    [Description("Notes. 备注。")] string? Note,
    [Description("When; defaults to now. 时间；默认为当前时间。")] DateTimeOffset? DoneAt,
    [Description(InputDocs.IdempotencyKey)] string? IdempotencyKey) : ICustomerRecordInput;

/// <summary>Records a care action done for the customer, by its owner (or the viewer when it has none).</summary>
public static class RecordCareAction
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, RecordCareActionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerRecordCreation.CreateAsync(context, input, "recordCareAction", (customer, x, _) =>
            Task.FromResult(CareAction.Record(
                x.NewId(), customer.TeamId, customer.Id, customer.OwnerOr(x.Viewer.UserId), input.Kind,
                input.Note, input.DoneAt ?? x.Now, x.Now)));
    }
}
