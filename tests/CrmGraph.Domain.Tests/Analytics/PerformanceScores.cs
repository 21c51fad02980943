using CrmGraph.Domain.Analytics;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Tests.Analytics;

public sealed class PerformanceScores
{
    [Fact]
    public void The_total_weights_each_figure_and_ties_share_a_rank()
    {
        var ann = Guid.Parse("00000000-0000-0000-0000-00000000000a");
        var ben = Guid.Parse("00000000-0000-0000-0000-00000000000b");
        var cat = Guid.Parse("00000000-0000-0000-0000-00000000000c");
        PerformanceFacts[] facts =
        [
            new(ann, Surveys: 10, SatisfiedSurveys: 9, Services: 10, Complaints: 1, SalesAmount: 100_000,
                NewCustomers: 10, CustomersFollowedUp: 20, CustomersWorked: 20, CustomersConverted: 5, PlansDue: 40,
                PlansDoneOnTime: 36, DealsWon: 6, DealsWonWithoutFollowUp: 1),
            new(ben, 10, 9, 10, 1, 100_000, 10, 20, 20, 5, 40, 36, 5, 0),
            new(cat, 0, 0, 0, 0, 50_000, 5, 0, 0, 0, 0, 0, 0, 0),
        ];
        var ratings = new Dictionary<Guid, SupervisorRatings> { [ann] = new(5, 4, 4), [ben] = new(5, 4, 4) };

        var result = PerformanceFormulas.Evaluate(facts, ratings, new EvaluationWeights());

        // ann: 15×90 + 10×90 + 20×100 + 10×100 + 15×25 + 10×90 + 7×100 + 7×80 + 6×80 = 8265 → 82.65
        result[0].TotalScore.ShouldBe(82.65m);
        result.Select(r => r.Rank).ShouldBe([1, 1, 3]);
        result[2].SatisfactionPercent.ShouldBeNull();
        result[2].TotalScore.ShouldBe(15m); // 20×50 + 10×50 = 1500 → 15
    }
}
