using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Deals;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Deals;

/// <summary>The input of <c>loseDeal</c>; the GraphQL type <c>LoseDealInput</c> is derived from it.</summary>
public sealed record LoseDealInput(
    [GlobalId(DealType.TypeName), Description("The deal. 商机。")] Guid DealId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("Why the deal was lost. 未成交原因。")] LostReason Reason,
    [Description("说明 (required when the reason is OTHER).")] string? Note);

/// <summary>Loses a deal, with its reason (rules in DealClosing).</summary>
public static class LoseDeal
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, LoseDealInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return DealChange.ApplyAsync(context, input.DealId, input.ExpectedVersion, (deal, customer, d) =>
            DealClosing.Lose(deal, customer, input.Reason, input.Note, d.Customer.Now, d.AnotherDealOpen));
    }
}
