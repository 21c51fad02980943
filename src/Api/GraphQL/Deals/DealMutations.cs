using CrmGraph.Api.GraphQL.Mutations;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Deals;

/// <summary>The deal mutations: each one input record and one handler, in the file named after the use case.</summary>
public static class DealMutations
{
    public static void AddDealMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<OpenDealInput, DealType>(
            "openDeal", "deal",
            "Opens a deal for a customer; the customer's reclaim clock pauses while it is open. 新建商机。",
            OpenDeal.HandleAsync);

        mutation.AddMutation<WinDealInput, DealType>(
            "winDeal", "deal",
            "Wins a deal: the conversion record, the established relationship and the purchase. 成交。",
            WinDeal.HandleAsync);

        mutation.AddMutation<LoseDealInput, DealType>(
            "loseDeal", "deal", "Loses a deal, with its reason. 未成交。",
            LoseDeal.HandleAsync);
    }
}
