using CrmGraph.Domain.Analytics;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Tests.Analytics;

/// <summary>
/// 绩效评估 worked by hand: teams as a supervisor sets them up (weights saved through updateTeamSettings, ratings 1–5),
/// one row per salesperson with the figures, the total and the rank expected. Each total is
/// Σ weight × score ÷ 100, rounded to 2 places away from zero; the arithmetic is in the comments.
/// </summary>
public sealed class EvaluationTable
{
    /// <summary>A team that moved 5 points from satisfaction to sales (README's updateTeamSettings example).</summary>
    private static readonly EvaluationWeights SalesHeavy = new()
    {
        Satisfaction = 10,
        ComplaintRate = 10,
        SalesAmount = 25,
        NewCustomers = 10,
        ConversionRate = 15,
        FollowUpTimeliness = 10,
        ServiceAttitude = 7,
        ProfessionalAbility = 7,
        CustomerFeedback = 6,
    };

    /// <summary>A team that evaluates on the supervisor's ratings only.</summary>
    private static readonly EvaluationWeights RatingsOnly = new()
    {
        Satisfaction = 0,
        ComplaintRate = 0,
        SalesAmount = 0,
        NewCustomers = 0,
        ConversionRate = 0,
        FollowUpTimeliness = 0,
        ServiceAttitude = 50,
        ProfessionalAbility = 30,
        CustomerFeedback = 20,
    };

    public static TheoryData<string, EvaluationWeights, Row[]> Teams => new()
    {
        {
            // wang is the salesperson: 7 deals won for 7 customers never followed up, 1 follow-up with an 8th.
            //   conversion 7 of 8 worked = 87.5 (it was 7 ÷ 1 = 700 before);
            //   25×100 (sales, best) + 10×100 (new, best) + 15×87.5 + 7×80 + 7×80 + 6×60 = 6292.5 → 62.93.
            // li follows up and plans: surveys 4/5 = 80, complaints 1/4 = 25 → 75, sales 35,000/70,000 = 50,
            //   new 4/8 = 50, conversion 3/12 = 25, timeliness 8/10 = 80, ratings 5, 4, 5 → 100, 80, 100:
            //   10×80 + 10×75 + 25×50 + 10×50 + 15×25 + 10×80 + 7×100 + 7×80 + 6×100 = 6335 → 63.35, first.
            "the issue's month, weights as a team set them", SalesHeavy,
            [
                new("wang", Facts(sales: 70_000, newCustomers: 8, followedUp: 1, worked: 8, converted: 7, won: 7,
                    wonWithoutFollowUp: 7),
                    new(4, 4, 3), Satisfaction: null, Complaints: null, Conversion: 87.5m, Timeliness: null,
                        Total: 62.93m, Rank: 2),
                new("li", Facts(surveys: 5, satisfied: 4, services: 4, complaints: 1, sales: 35_000, newCustomers: 4,
                    followedUp: 10, worked: 12, converted: 3, plansDue: 10, onTime: 8, won: 3),
                    new(5, 4, 5), Satisfaction: 80m, Complaints: 25m, Conversion: 25m, Timeliness: 80m, Total: 63.35m,
                        Rank: 1),
            ]
        },
        {
            // Every figure at its best and every rating 5: 100 × (sum of weights = 100) ÷ 100 = 100.00, the ceiling.
            // Nothing at all and no rating: every score 0 → 0.00.
            "the ceiling and the floor", SalesHeavy,
            [
                new("best", Facts(surveys: 3, satisfied: 3, services: 2, complaints: 0, sales: 9_999.99m,
                    newCustomers: 6, followedUp: 5, worked: 5, converted: 5, plansDue: 4, onTime: 4, won: 5),
                    new(5, 5, 5), Satisfaction: 100m, Complaints: 0m, Conversion: 100m, Timeliness: 100m, Total: 100m,
                        Rank: 1),
                new("idle", Facts(), null, Satisfaction: null, Complaints: null, Conversion: null, Timeliness: null,
                    Total: 0m, Rank: 2),
            ]
        },
        {
            // Default weights (15, 10, 20, 10, 15, 10, 7, 7, 6). zhang (the API test's February):
            //   15×50 + 10×75 + 20×100 + 10×100 + 15×50 + 10×50 + 7×100 + 7×80 + 6×80 = 7490 → 74.90.
            // li and chen, the same month each: satisfaction 100, new 1 of the best 3 = 33.3333 (4 places):
            //   15×100 + 10×33.3333 = 1833.333 → 18.33; equal totals share rank 2.
            "default weights and a tie", new EvaluationWeights(),
            [
                new("zhang", Facts(surveys: 2, satisfied: 1, services: 4, complaints: 1, sales: 150_000,
                    newCustomers: 3, followedUp: 4, worked: 4, converted: 2, plansDue: 2, onTime: 1, won: 2),
                    new(5, 4, 4), Satisfaction: 50m, Complaints: 25m, Conversion: 50m, Timeliness: 50m, Total: 74.90m,
                        Rank: 1),
                new("li", Facts(surveys: 1, satisfied: 1, newCustomers: 1), null, Satisfaction: 100m, Complaints: null,
                    Conversion: null, Timeliness: null, Total: 18.33m, Rank: 2),
                new("chen", Facts(surveys: 1, satisfied: 1, newCustomers: 1), null, Satisfaction: 100m,
                    Complaints: null, Conversion: null, Timeliness: null, Total: 18.33m, Rank: 2),
            ]
        },
        {
            // Ratings only (50, 30, 20): ratings 3, 5, 2 → 60, 100, 40: 50×60 + 30×100 + 20×40 = 6800 → 68.00;
            // ratings 1, 1, 1 → 20 each: 100×20 = 2000 → 20.00; not rated → 0.00 whatever the sales.
            "ratings only", RatingsOnly,
            [
                new("mid", Facts(), new(3, 5, 2), null, null, null, null, Total: 68m, Rank: 1),
                new("low", Facts(), new(1, 1, 1), null, null, null, null, Total: 20m, Rank: 2),
                new("unrated", Facts(sales: 500_000, won: 3, worked: 3, converted: 3), null, null, null,
                    Conversion: 100m, null, Total: 0m, Rank: 3),
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Teams))]
    public void The_evaluation_gives_the_figures_worked_out_by_hand(string team, EvaluationWeights weights, Row[] rows)
    {
        var ids = rows.ToDictionary(r => r.Name, _ => Guid.NewGuid());
        var ratings = rows.Where(r => r.Ratings is not null).ToDictionary(r => ids[r.Name], r => r.Ratings!);
        TeamSettingsRules.CheckWeights(weights);

        var figures = PerformanceFormulas.Evaluate([.. rows.Select(r => r.Facts with { SalespersonId = ids[r.Name] })],
            ratings, weights)
            .ToDictionary(f => f.SalespersonId);

        foreach (var row in rows)
        {
            var line = figures[ids[row.Name]];
            (line.SatisfactionPercent, line.ComplaintRatePercent, line.ConversionRatePercent, line.TimelinessPercent,
                line.TotalScore, line.Rank)
                .ShouldBe((row.Satisfaction, row.Complaints, row.Conversion, row.Timeliness, row.Total, row.Rank),
                    $"{team}: {row.Name}");
            line.DealsWonWithoutFollowUp.ShouldBe(row.Facts.DealsWonWithoutFollowUp);
        }
    }

    private static PerformanceFacts Facts(
        int surveys = 0, int satisfied = 0, int services = 0, int complaints = 0, decimal sales = 0,
        int newCustomers = 0, int followedUp = 0, int worked = 0, int converted = 0, int plansDue = 0, int onTime = 0,
        int won = 0, int wonWithoutFollowUp = 0) =>
        new(Guid.Empty, surveys, satisfied, services, complaints, sales, newCustomers, followedUp, worked, converted,
            plansDue, onTime, won, wonWithoutFollowUp);

    public sealed record Row(
        string Name, PerformanceFacts Facts, SupervisorRatings? Ratings, decimal? Satisfaction, decimal? Complaints,
        decimal? Conversion, decimal? Timeliness, decimal Total, int Rank)
    {
        public override string ToString() => Name;
    }
}
