using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Analytics;

/// <summary>
/// The counted facts of one salesperson in one period (definitions: <see cref="PerformanceCounts"/> and
/// docs/metrics.md). Each "of which" count is a subset of the count it follows: satisfied ⊆ surveys,
/// complaints ⊆ services, converted ⊆ worked, done on time ⊆ due, won without follow-up ⊆ won.
/// </summary>
public sealed record PerformanceFacts(
    Guid SalespersonId,
    int Surveys,
    int SatisfiedSurveys,
    int Services,
    int Complaints,
    decimal SalesAmount,
    int NewCustomers,
    int CustomersFollowedUp,
    int CustomersWorked,
    int CustomersConverted,
    int PlansDue,
    int PlansDoneOnTime,
    int DealsWon,
    int DealsWonWithoutFollowUp);

/// <summary>
/// The supervisor's ratings (1–5): service attitude (服务态度), professional ability (专业能力), customer feedback.
/// </summary>
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
    int Rank,
    int DealsWonWithoutFollowUp);

/// <summary>
/// 绩效评估: each figure is turned into a score in [0, 100] (percentages as they are, complaint rate
/// inverted, sales and new customers relative to the team's best, ratings × 20, a missing figure scores 0);
/// the total is the mean of those scores weighted by the team's weights, so it lies in [0, 100] whatever the
/// counts; ties share a rank (1, 1, 3).
/// Deals won without a follow-up on record are shown, never scored.
/// </summary>
public static class PerformanceFormulas
{
    public static IReadOnlyList<PerformanceFigures> Evaluate(
        IReadOnlyCollection<PerformanceFacts> facts,
        IReadOnlyDictionary<Guid, SupervisorRatings> ratings,
        EvaluationWeights weights)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Named.Any(w => w.Weight < 0))
        {
            throw new ArgumentException("Evaluation weights must not be negative.", nameof(weights));
        }

        var bestSales = facts.Count == 0 ? 0 : facts.Max(f => f.SalesAmount);
        var bestNew = facts.Count == 0 ? 0 : facts.Max(f => f.NewCustomers);
        var scored = facts.Select(f =>
        {
            var satisfaction = Ratio.Percent(f.SatisfiedSurveys, f.Surveys);
            var complaints = Ratio.Percent(f.Complaints, f.Services);
            var conversion = Ratio.Percent(f.CustomersConverted, f.CustomersWorked);
            var timeliness = Ratio.Percent(f.PlansDoneOnTime, f.PlansDue);
            _ = Ratio.Of(f.DealsWonWithoutFollowUp, f.DealsWon); // checks the subset
            ratings.TryGetValue(f.SalespersonId, out var rating);
            var weighted =
                (weights.Satisfaction * (satisfaction ?? 0)) +
                (weights.ComplaintRate * (complaints is { } c ? 100 - c : 0)) +
                (weights.SalesAmount * Relative(f.SalesAmount, bestSales)) +
                (weights.NewCustomers * Relative(f.NewCustomers, bestNew)) +
                (weights.ConversionRate * (conversion ?? 0)) +
                (weights.FollowUpTimeliness * (timeliness ?? 0)) +
                (weights.ServiceAttitude * RatingScore(rating?.ServiceAttitude)) +
                (weights.ProfessionalAbility * RatingScore(rating?.ProfessionalAbility)) +
                (weights.CustomerFeedback * RatingScore(rating?.CustomerFeedback));

            // A weighted mean of scores in [0, 100]; the weights sum to 100 (TeamSettingsRules), so this is ÷ 100.
            var total = weights.Total == 0 ? 0 : Math.Round(weighted / weights.Total, 2, MidpointRounding.AwayFromZero);
            return new PerformanceFigures(
                f.SalespersonId, satisfaction, complaints, f.SalesAmount, f.NewCustomers, conversion, timeliness,
                    rating,
                total, 0, f.DealsWonWithoutFollowUp);
        }).OrderByDescending(p => p.TotalScore).ThenBy(p => p.SalespersonId).ToList();

        return [.. scored.Select(p => p with { Rank = 1 + scored.Count(o => o.TotalScore > p.TotalScore) })];
    }

    /// <summary>A value relative to the team's best, 0–100; nothing (or less) scores 0.</summary>
    private static decimal Relative(decimal value, decimal best) =>
        best <= 0 || value <= 0 ? 0 : Math.Round(100m * value / best, 4, MidpointRounding.AwayFromZero);

    private static decimal RatingScore(int? rating) => rating switch
    {
        null => 0,
        >= SupervisorRatingScale.Lowest and <= SupervisorRatingScale.Highest => rating.Value * 20m,
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "A supervisor rating is 1–5."),
    };
}

/// <summary>主管评分 is given on a scale of 1 to 5; × 20 makes it a 0–100 score.</summary>
public static class SupervisorRatingScale
{
    public const int Lowest = 1;
    public const int Highest = 5;
}
