using System.ComponentModel;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.FollowUps;
using GraphQL;

namespace CrmGraph.Api.GraphQL.FollowUps;

/// <summary>The input of <c>planFollowUp</c>; the GraphQL type <c>PlanFollowUpInput</c> is derived from it.</summary>
public sealed record PlanFollowUpInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("When to follow up. 计划跟进时间。")] DateTimeOffset DueAt,
    [Description("Follow-up channel. 跟进方式。")] FollowUpChannel Channel,
    [Description("Purpose of the follow-up. 沟通目的。")] FollowUpPurpose Purpose,
    [Description("Prepared content. 准备内容。")] string? PreparedContent,
    [Description(InputDocs.IdempotencyKey)] string? IdempotencyKey) : ICustomerRecordInput;

/// <summary>Plans a follow-up of a customer, for its owner (or the viewer when it has none).</summary>
public static class PlanFollowUp
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, PlanFollowUpInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerRecordCreation.CreateAsync(context, input, "planFollowUp", (customer, x, _) => Task.FromResult(
            FollowUpPlan.Schedule(
                x.NewId(), customer.TeamId, customer.Id, customer.OwnerOr(x.Viewer.UserId), input.DueAt,
                input.Channel, input.Purpose, input.PreparedContent, x.Now)));
    }
}
