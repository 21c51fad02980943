using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Users;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Performance;

/// <summary>Supervisors enter and revise the qualitative ratings of their salespeople (主管评分).</summary>
public static class PerformanceRatingMutations
{
    public static void AddPerformanceRatingMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<RatePerformanceInput, PerformanceRatingType>(
            "ratePerformance", "rating",
            "Rates a salesperson of your team for a period (1–5 each: service attitude, professional ability, customer"
            + " feedback), or revises the rating of that salesperson and period when there is one. Supervisors and"
            + " admins only. 主管评分。",
            RatePerformance.HandleAsync);
        mutation.GetField("ratePerformance")!.RequireRoles(UserRole.Supervisor, UserRole.Admin);
    }
}
