using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Deals;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Deals;

/// <summary>The input of <c>winDeal</c>; the GraphQL type <c>WinDealInput</c> is derived from it.</summary>
public sealed record WinDealInput(
    [GlobalId(DealType.TypeName), Description("The deal. 商机。")] Guid DealId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("转化关键因素 (required).")] string KeyFactor,
    [Description("成交金额; defaults to the deal amount.")] decimal? FinalAmount,
    [Description("Cooperation mode. 合作模式。")] string? CooperationMode,
    [Description("Cooperation term: start. 合作期限：开始。")] DateOnly? TermStart,
    [Description("Cooperation term: end (contract expiry). 合作期限：结束（合同到期）。")] DateOnly? TermEnd);

/// <summary>
/// Wins a deal: the conversion record, the established relationship and the purchase (the rules: DealClosing).
/// </summary>
public static class WinDeal
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, WinDealInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var terms = new WinTerms(
            input.KeyFactor, input.FinalAmount, input.CooperationMode, input.TermStart, input.TermEnd);
        return DealChange.ApplyAsync(
            context, input.DealId, input.ExpectedVersion, (deal, customer, d) => DealClosing.Win(
            deal, customer, terms, d.Customer.NewId(), d.Customer.NewId(), d.Customer.Viewer.UserId, d.Customer.Now,
            d.AnotherDealOpen, d.Customer.Team));
    }
}
