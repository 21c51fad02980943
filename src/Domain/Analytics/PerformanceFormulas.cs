using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Analytics;

/// <summary>The counted facts of one salesperson in one period.</summary>
public sealed record PerformanceFacts(
    Guid SalespersonId,
    int Surveys,
    int SatisfiedSurveys,
    int Services,
    int Complaints,
    decimal SalesAmount,
    int NewCustomers,
    int CustomersFollowedUp,
    int CustomersConverted,
    int PlansDue,
    int PlansDoneOnTime);

/// <summary>The supervisor's ratings (1–5): service attitude (服务态度), professional ability (专业能力), customer feedback.</summary>
public sealed record SupervisorRatings(int ServiceAttitude, int ProfessionalAbility, int CustomerFeedback);

public sealed record PerformanceFigures(
    Guid SalespersonId,
    decimal? SatisfactionPercent,
    decimal? ComplaintRatePercent,
    decimal SalesAmount,
    int NewCustomers,
    decimal? ConversionRatePercent,
    decimal? TimelinessPercent,
    SupervisorRatings? Ratings,
    decimal TotalScore,
    int Rank);

/// <summary>
/// 绩效评估: each figure is turned into a 0–100 score (percentages as they are, complaint rate inverted, sales and
/// new customers relative to the team's best, ratings × 20, a missing figure scores 0), weighted by the team's
/// weights, and ranked with ties sharing a rank (1, 1, 3).
/// </summary>
public static class PerformanceFormulas
{
    public static IReadOnlyList<PerformanceFigures> Evaluate(IReadOnlyCollection<PerformanceFacts> facts, IReadOnlyDictionary<Guid, SupervisorRatings> ratings, EvaluationWeights weights)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(weights);
        var bestSales = facts.Count == 0 ? 0 : facts.Max(f => f.SalesAmount);
        var bestNew = facts.Count == 0 ? 0 : facts.Max(f => f.NewCustomers);
        var scored = facts.Select(f =>
        {
            var satisfaction = Ratio.Percent(f.SatisfiedSurveys, f.Surveys);
            var complaints = Ratio.Percent(f.Complaints, f.Services);
            var conversion = Ratio.Percent(f.CustomersConverted, f.CustomersFollowedUp);
            var timeliness = Ratio.Percent(f.PlansDoneOnTime, f.PlansDue);
            ratings.TryGetValue(f.SalespersonId, out var rating);
            var total =
                (weights.Satisfaction * (satisfaction ?? 0)) +
                (weights.ComplaintRate * (complaints is { } c ? 100 - c : 0)) +
                (weights.SalesAmount * Relative(f.SalesAmount, bestSales)) +
                (weights.NewCustomers * Relative(f.NewCustomers, bestNew)) +
                (weights.ConversionRate * (conversion ?? 0)) +
                (weights.FollowUpTimeliness * (timeliness ?? 0)) +
                (weights.ServiceAttitude * 20m * (rating?.ServiceAttitude ?? 0)) +
                (weights.ProfessionalAbility * 20m * (rating?.ProfessionalAbility ?? 0)) +
                (weights.CustomerFeedback * 20m * (rating?.CustomerFeedback ?? 0));
            return new PerformanceFigures(f.SalespersonId, satisfaction, complaints, f.SalesAmount, f.NewCustomers, conversion, timeliness, rating, Math.Round(total / 100m, 2, MidpointRounding.AwayFromZero), 0);
        }).OrderByDescending(p => p.TotalScore).ThenBy(p => p.SalespersonId).ToList();

        return [.. scored.Select(p => p with { Rank = 1 + scored.Count(o => o.TotalScore > p.TotalScore) })];
    }

    private static decimal Relative(decimal value, decimal best) => best <= 0 ? 0 : Math.Round(100m * value / best, 4, MidpointRounding.AwayFromZero);
}
