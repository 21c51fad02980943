using CrmGraph.Domain.Analytics;
using CrmGraph.Domain.Care;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Service;
using CrmGraph.Domain.Teams;
using CrmGraph.Tests.Shared.Months;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrmGraph.Domain.Tests.Analytics;

/// <summary>
/// Random months of a team written through the domain and counted by the domain's definitions
/// (<see cref="PerformanceCounts"/>, <see cref="ReviewFormulas"/>, <see cref="ReviewCounts"/>): every count equals the
/// naive recount over the generated values, every percentage is in [0, 100], every share sums to 1 and no total
/// exceeds 100, whatever the team's weights.
/// </summary>
public sealed class MonthFigureProperties
{
    [Property(MaxTest = 300, Arbitrary = [typeof(MonthArbitraries)])]
    public void The_evaluation_counts_equal_the_recount_and_every_figure_stays_in_range(GeneratedMonth month,
        EvaluationWeights weights)
    {
        var (team, salespeople, sink) = Written(month);
        var rows = new PerformanceRows(
            [.. sink.Customers.Select(c => new WorkCustomer(c.OwnerId, c.EnteredAt))],
            [.. sink.Records.Select(r => new WorkRecord(r.OwnerId, r.CustomerId, r.HappenedAt))],
            [.. sink.Deals.Select(d => new WorkDeal(d.OwnerId, d.CustomerId, d.Status, d.Amount, d.OpenedAt,
                d.ClosedAt))],
            [.. sink.Plans.Select(p => new WorkPlan(p.OwnerId, p.DueAt, p.Status, p.DoneOnTime))],
            [.. sink.Surveys.Select(s => new WorkSurvey(s.OwnerId, s.Score, s.AnsweredAt))],
            [.. sink.Services.Select(s => new WorkService(s.OwnerId, s.Type, s.RequestedAt))]);

        var facts = PerformanceCounts.Count(salespeople, rows, GeneratedMonth.From, GeneratedMonth.To, month.Now);
        var ratings = salespeople.Select((id, i) => (id, month.Ratings[i])).Where(r => r.Item2 is not null)
            .ToDictionary(r => r.id, r => new SupervisorRatings(r.Item2!.ServiceAttitude, r.Item2.ProfessionalAbility,
                r.Item2.CustomerFeedback));
        var figures = PerformanceFormulas.Evaluate(facts, ratings, weights);

        for (var i = 0; i < salespeople.Count; i++)
        {
            var f = facts[i];
            new NaiveFacts(f.Surveys, f.SatisfiedSurveys, f.Services, f.Complaints, f.SalesAmount, f.NewCustomers,
                f.CustomersFollowedUp,
                f.CustomersWorked, f.CustomersConverted, f.PlansDue, f.PlansDoneOnTime, f.DealsWon,
                    f.DealsWonWithoutFollowUp)
                .ShouldBe(NaiveRecount.Facts(month, i), month.ToString());
        }

        foreach (var line in figures)
        {
            Percent(line.SatisfactionPercent);
            Percent(line.ComplaintRatePercent);
            Percent(line.ConversionRatePercent);
            Percent(line.TimelinessPercent);
            line.TotalScore.ShouldBeInRange(0m, 100m, month.ToString());
            line.Rank.ShouldBeInRange(1, salespeople.Count);
        }

        team.Weights.Total.ShouldBe(100);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(MonthArbitraries)])]
    public void The_review_counts_equal_the_recount_every_rate_is_a_fraction_and_shares_sum_to_one(GeneratedMonth month)
    {
        var (team, _, sink) = Written(month);
        var expected = NaiveRecount.Review(month);
        bool In(DateTimeOffset? at) => at >= GeneratedMonth.From && at < GeneratedMonth.To;
        var wonBy = sink.Deals.Where(d => d.Status == DealStatus.Won && In(d.ClosedAt)).Select(d =>
            d.CustomerId).ToHashSet();
        var entered = sink.Customers.Where(c => In(c.EnteredAt))
            .Select(c => new ReviewCustomer(c.Id, c.Profile.Source.ToString(), c.Grade, c.FirstContactAt, c.EnteredAt,
                wonBy.Contains(c.Id) ? c.EnteredAt : null))
            .ToList();
        var followUps = sink.Records.Where(r => In(r.HappenedAt))
            .Select(r => new ReviewFollowUp(r.CustomerId, r.Channel, r.RecordLag,
                wonBy.Contains(r.CustomerId))).ToList();

        var sources = ReviewFormulas.BySource(entered);
        sources.ToDictionary(s => Enum.Parse<CustomerSource>(s.Source), s => (s.Customers,
            s.Converted)).ShouldBe(expected.Sources, ignoreOrder: true);
        Shares(sources.Select(s => s.Share), sources.Count);
        sources.ShouldAllBe(s => s.ConversionRate >= 0 && s.ConversionRate <= 1);

        var channels = ReviewFormulas.WinRateByChannel(followUps);
        channels.ToDictionary(c => c.Channel, c => (c.Customers, c.Won)).ShouldBe(expected.Channels, ignoreOrder: true);
        channels.ShouldAllBe(c => c.WinRate >= 0 && c.WinRate <= 1);

        var lost = ReviewFormulas.LostReasons([.. sink.Deals.Where(d => d.Status == DealStatus.Lost && In(d.ClosedAt))
            .Select(d => d.LostReason!.Value)]);
        lost.ToDictionary(l => l.Reason, l => l.Deals).ShouldBe(expected.LostDeals, ignoreOrder: true);
        Shares(lost.Select(l => l.Share), lost.Count);

        var requested = sink.Services.Where(s => In(s.RequestedAt)).ToList();
        var services = ReviewCounts.Services([.. requested.Select(s => new ReviewService(s.Type, s.RequestedAt,
            s.AnsweredAt))]);
        (services.Services, services.Complaints, requested.Select(s => s.CustomerId).Distinct().Count())
            .ShouldBe((expected.Services, expected.Complaints, expected.CustomersServed));
        Percent(services.ComplaintRatePercent);
        var judged = sink.Services.Where(s => s.Satisfied is not null && In(s.RevisitedAt > s.ResolvedAt ? s.RevisitedAt
            : s.ResolvedAt)).ToList();
        (judged.Count, judged.Count(s => s.Satisfied == true)).ShouldBe((expected.Judged, expected.Satisfied));
        Percent(ReviewCounts.ServiceSatisfactionPercent(judged.Count(s => s.Satisfied == true), judged.Count));

        (followUps.Count, ReviewCounts.RecordedLate(followUps, 24), ReviewFormulas.LateEntries(entered, 24))
            .ShouldBe((expected.FollowUpRecords, expected.LateRecords, expected.LateCustomerEntries));
        ReviewCounts.OverdueAt(sink.Plans.Select(p => new ReviewPlan(p.DueAt, p.Status, p.CompletedAt)),
            month.Now).ShouldBe(expected.OverdueFollowUps);
        var timeliness = ReviewCounts.Timeliness(sink.Plans.Where(p => In(p.DueAt)).Select(p => new ReviewPlan(p.DueAt,
            p.Status, p.CompletedAt)));
        Percent(timeliness.Percent);
        team.Reminders.EntryDeadlineHours.ShouldBe(24);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(MonthArbitraries)])]
    public void Every_set_of_weights_a_team_may_save_sums_to_100_and_any_other_is_refused_by_name(int[] raw)
    {
        var values = (raw ?? []).Concat(Enumerable.Repeat(0, 9)).Take(9).Select(v => Math.Abs(v % 40)).ToArray();
        var weights = new EvaluationWeights
        {
            Satisfaction = values[0],
            ComplaintRate = values[1],
            SalesAmount = values[2],
            NewCustomers = values[3],
            ConversionRate = values[4],
            FollowUpTimeliness = values[5],
            ServiceAttitude = values[6],
            ProfessionalAbility = values[7],
            CustomerFeedback = values[8],
        };

        if (weights.Total == 100)
        {
            Should.NotThrow(() => TeamSettingsRules.CheckWeights(weights));
        }
        else
        {
            var error = Should.Throw<Common.DomainException>(() => TeamSettingsRules.CheckWeights(weights));
            error.Code.ShouldBe("WEIGHTS_MUST_SUM_TO_100");
            error.Message.ShouldContain($"satisfaction {values[0]} + complaintRate {values[1]}");
            error.Message.ShouldContain($"customerFeedback {values[8]} = {values.Sum()}");
        }
    }

    [Fact]
    public void The_generated_months_hold_the_cases_worth_checking()
    {
        var months = Gen.Sample(MonthGen.Month, 200, new Rnd(20260222), 20); // 200 months of size 20
        var facts = months.SelectMany(m => Enumerable.Range(0, m.Salespeople).Select(i => NaiveRecount.Facts(m,
            i))).ToList();

        facts.Count(f => f.DealsWonWithoutFollowUp > 0).ShouldBeGreaterThan(50, "wins without a follow-up on record");
        facts.Count(f => f.CustomersConverted > f.CustomersFollowedUp).ShouldBeGreaterThan(25,
            "the month of the issue: more won than followed up");
        facts.Count(f => f.PlansDoneOnTime > 0 && f.PlansDoneOnTime < f.PlansDue).ShouldBeGreaterThan(15,
            "plans on time and not");
        facts.Count(f => f.SatisfiedSurveys > 0 && f.Complaints > 0).ShouldBeGreaterThan(15);
        months.Count(m => m.Deals.Any(d => d.ClosedAt == GeneratedMonth.To
            || d.ClosedAt == GeneratedMonth.From)).ShouldBeGreaterThan(20, "closings on a bound");
        months.Count(m => NaiveRecount.Review(m).Sources.Count > 1).ShouldBeGreaterThan(100);
    }

    private static void Percent(decimal? value)
    {
        if (value is { } v)
        {
            v.ShouldBeInRange(0m, 100m);
        }
    }

    /// <summary>Shares rounded to 4 places sum to 1 within half a unit of the 4th place per share.</summary>
    private static void Shares(IEnumerable<decimal?> shares, int count)
    {
        if (count > 0)
        {
            Math.Abs(shares.Sum(s => s!.Value) - 1m).ShouldBeLessThanOrEqualTo(0.00005m * count);
        }
    }

    private static (Team Team, IReadOnlyList<Guid> Salespeople, MemorySink Sink) Written(GeneratedMonth month)
    {
        var team = A.Team();
        var salespeople = Enumerable.Range(0, month.Salespeople).Select(_ => A.NewId()).ToList();
        var sink = new MemorySink();
        MonthWriter.Write(month, team, salespeople, A.NewId, sink);
        return (team, salespeople, sink);
    }

    private sealed class MemorySink : IMonthSink
    {
        public List<Customer> Customers { get; } = [];

        public List<FollowUpRecord> Records { get; } = [];

        public List<FollowUpPlan> Plans { get; } = [];

        public List<Deal> Deals { get; } = [];

        public List<SatisfactionSurvey> Surveys { get; } = [];

        public List<ServiceRecord> Services { get; } = [];

        public void Add(Customer customer) => Customers.Add(customer);

        public void Add(FollowUpRecord record) => Records.Add(record);

        public void Add(FollowUpPlan plan) => Plans.Add(plan);

        public void Add(Deal deal) => Deals.Add(deal);

        public void Add(SatisfactionSurvey survey) => Surveys.Add(survey);

        public void Add(ServiceRecord service) => Services.Add(service);
    }
}

/// <summary>Generated months, and evaluation weights as a team may save them (nine non-negative parts of
/// 100).</summary>
public static class MonthArbitraries
{
    public static Arbitrary<GeneratedMonth> Month() => Arb.From(MonthGen.Month);

    public static Arbitrary<EvaluationWeights> Weights() => Arb.From(
        from cuts in Gen.Choose(0, 100).ArrayOf(8)
        let points = cuts.Order().Prepend(0).Append(100).ToArray()
        let w = points.Zip(points.Skip(1), (a, b) => b - a).ToArray()
        select new EvaluationWeights
        {
            Satisfaction = w[0],
            ComplaintRate = w[1],
            SalesAmount = w[2],
            NewCustomers = w[3],
            ConversionRate = w[4],
            FollowUpTimeliness = w[5],
            ServiceAttitude = w[6],
            ProfessionalAbility = w[7],
            CustomerFeedback = w[8],
        });
}
