using CrmGraph.Domain.Analytics;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Performance;

/// <summary>
/// 绩效评估 on a hand-built February (Asia/Shanghai): every figure worked out here, counted by the database.
/// </summary>
public sealed class PerformanceEvaluationTests
{
    private const string Evaluation = """
        query($period: ReviewPeriodInput) {
          performanceEvaluation(period: $period) {
            periodStart periodEnd
            salespeople {
              salesperson { login } satisfactionPercent complaintRatePercent salesAmount newCustomers conversionRatePercent timelinessPercent
              ratings { serviceAttitude professionalAbility customerFeedback } totalScore rank
              dealsWonWithoutFollowUp
              facts { surveys satisfiedSurveys services complaints newCustomers customersFollowedUp customersWorked customersConverted plansDue plansDoneOnTime dealsWon dealsWonWithoutFollowUp }
            }
          }
        }
        """;

    private static readonly object February = new { period = new { year = 2026, month = 2 } };

    [EngineFact]
    public async Task A_supervisor_gets_each_salespersons_figures_ratings_total_and_rank_and_a_salesperson_only_their_own(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var boss = await api.EnrollAsync("boss", UserRole.Supervisor);
        var zhang = await api.EnrollAsync("zhang", UserRole.Salesperson);
        var li = await api.EnrollAsync("li", UserRole.Salesperson);
        var at = (string local) =>
        {
            api.Clock.Now = DateTimeOffset.Parse(
            local + "+08:00", System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
        };

        // zhang, February (local): 3 customers entered (one on 1 Feb 00:30 local, still February), 4 customers followed
        // up, 2 deals won (100,000 + 50,000), 2 surveys (5 = satisfied, 3 = not), 4 service records of which 1
        // complaint, 2 plans due (one done the same day, one left open and overdue); the next plans the records ask for
        // fall in March. Outside: a customer entered on 31 Jan 23:30 local.
        at("2026-01-31T23:30:00");
        var january = await CreateAsync(api, zhang, "一月客户");
        at("2026-02-01T00:30:00");
        var a = await CreateAsync(api, zhang, "甲");
        at("2026-02-03T10:00:00");
        var b = await CreateAsync(api, zhang, "乙");
        var c = await CreateAsync(api, zhang, "丙");
        at("2026-02-05T10:00:00");
        var plan = await IdAsync(api, zhang, "planFollowUp", "plan", $"{{ customerId: \"{a}\", dueAt: " +
            "\"2026-02-06T02:00:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY }");
        await IdAsync(api, zhang, "planFollowUp", "plan", $"{{ customerId: \"{b}\", dueAt: \"2026-02-07T02:00:00Z\", " +
            "channel: PHONE, purpose: NEEDS_DISCOVERY }");
        at("2026-02-06T20:00:00");
        await api.PostAsync(zhang, $"mutation {{ recordFollowUp(input: {{ customerId: \"{a}\", planId: \"{plan}\", " +
            "happenedAt: \"2026-02-06T11:00:00Z\", nextFollowUpAt: \"2026-03-10T02:00:00Z\", channel: PHONE, " +
            "purpose: NEEDS_DISCOVERY, content: \"需求\" }) { recorded { record { id } } } }");
        foreach (var customer in new[] { b, c, january })
        {
            await api.PostAsync(zhang, $"mutation {{ recordFollowUp(input: {{ customerId: \"{customer}\", " +
                "happenedAt: \"2026-02-06T08:00:00Z\", nextFollowUpAt: \"2026-03-10T02:00:00Z\", channel: WE_CHAT, " +
                "purpose: NEEDS_DISCOVERY, content: \"问候\" }) { recorded { record { id } } } }");
        }

        at("2026-02-20T15:00:00");
        await WinAsync(api, zhang, a, 100000);
        await WinAsync(api, zhang, b, 50000);
        foreach (var (customer, score) in new[] { (a, 5), (b, 3) })
        {
            await api.PostAsync(zhang, $"mutation {{ recordSatisfactionSurvey(input: {{ customerId: \"{customer}\", " +
                $"score: {score} }}) {{ survey {{ id }} }} }}");
        }

        foreach (var type in new[] { "COMPLAINT", "CONSULTATION", "CONSULTATION", "AFTER_SALES" })
        {
            await api.PostAsync(zhang, $"mutation {{ recordService(input: {{ customerId: \"{a}\", type: {type}, " +
                "content: \"服务\" }) { service { id } } }");
        }

        // li: one customer entered and one satisfied survey in February; a survey in March does not count.
        var liCustomer = await CreateAsync(api, li, "丁");
        await api.PostAsync(li, $"mutation {{ recordSatisfactionSurvey(input: {{ customerId: \"{liCustomer}\", " +
            "score: 4 }) { survey { id } } }");
        var zhangId = (await api.PostAsync(zhang, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();
        await api.PostAsync(
            boss, "mutation($input: RatePerformanceInput!) { ratePerformance(input: $input) { rating { id } } }",
            new { input = new { salespersonId = zhangId, periodStart = "2026-02-01", periodEnd = "2026-02-28", serviceAttitude = 5, professionalAbility = 4, customerFeedback = 4 } });
        at("2026-03-02T10:00:00");
        await api.PostAsync(li, $"mutation {{ recordSatisfactionSurvey(input: {{ customerId: \"{liCustomer}\", " +
            "score: 1 }) { survey { id } } }");

        var bySupervisor = (await api.PostAsync(boss, Evaluation, February)).Data!["performanceEvaluation"]!;
        var byZhang = (await api.PostAsync(zhang, Evaluation, February)).Data!["performanceEvaluation"]!;

        var lines = bySupervisor["salespeople"]!.AsArray();
        lines.Select(l => l!["salesperson"]!["login"]!.GetValue<string>()).ShouldBe(["zhang", "li"]);
        var zhangLine = lines[0]!;
        zhangLine["facts"]!.ToJsonString().ShouldBe("""{"surveys":2,"satisfiedSurveys":1,"services":4,"complaints":1,"newCustomers":3,"customersFollowedUp":4,"customersWorked":4,"customersConverted":2,"plansDue":2,"plansDoneOnTime":1,"dealsWon":2,"dealsWonWithoutFollowUp":0}""");
        ($"{zhangLine["satisfactionPercent"]} {zhangLine["complaintRatePercent"]} {zhangLine["salesAmount"]} " +
            $"{zhangLine["newCustomers"]} {zhangLine["conversionRatePercent"]} {zhangLine["timelinessPercent"]} " +
            $"{zhangLine["rank"]}")
            .ShouldBe("50 25 150000 3 50 50 1");
        zhangLine["ratings"]!.ToJsonString()
            .ShouldBe("""{"serviceAttitude":5,"professionalAbility":4,"customerFeedback":4}""");
        lines[1]!["facts"]!.ToJsonString().ShouldBe("""{"surveys":1,"satisfiedSurveys":1,"services":0,"complaints":0,"newCustomers":1,"customersFollowedUp":0,"customersWorked":0,"customersConverted":0,"plansDue":0,"plansDoneOnTime":0,"dealsWon":0,"dealsWonWithoutFollowUp":0}""");
        (lines[1]!["complaintRatePercent"], lines[1]!["conversionRatePercent"], lines[1]![
            "ratings"], lines[1]!["rank"]!.GetValue<int>()).ShouldBe((null, null, null, 2));

        // The total is the domain's formula over these counts with the team's default weights.
        var weights = await api.WithDbAsync(db => db.Teams.AsNoTracking().Select(t => t.Weights).FirstAsync());
        var expected = PerformanceFormulas.Evaluate(
            [new PerformanceFacts(Guid.NewGuid(), 2, 1, 4, 1, 150000, 3, 4, 4, 2, 2, 1, 2, 0), new PerformanceFacts(
                Guid.Empty, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0)],
            new Dictionary<Guid, SupervisorRatings>(), weights);
        lines[1]!["totalScore"]!.GetValue<decimal>()
            .ShouldBe(expected.Single(e => e.SalespersonId == Guid.Empty).TotalScore);
        zhangLine["totalScore"]!.GetValue<decimal>().ShouldBeGreaterThan(lines[1]!["totalScore"]!.GetValue<decimal>());
        byZhang["salespeople"]!.AsArray().Select(l => l!["salesperson"]!["login"]!.GetValue<string>()).ShouldBe(
            ["zhang"]);
    }

    [EngineFact]
    public async Task Deals_won_without_a_follow_up_are_shown_and_cannot_push_conversion_past_100(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var boss = await api.EnrollAsync("boss", UserRole.Supervisor);
        var wang = await api.EnrollAsync("wang", UserRole.Salesperson);
        api.Clock.Now = new DateTimeOffset(2026, 2, 10, 2, 0, 0, TimeSpan.Zero);

        // The issue's month: 7 deals won for 7 customers never followed up, one follow-up with an eighth customer.
        // Before: 7 converted ÷ 1 followed up = 700 %, total 167.4. Now: 7 converted of 8 worked = 87.5 %.
        for (var i = 0; i < 7; i++)
        {
            await WinAsync(api, wang, await CreateAsync(api, wang, "直接成交" + i), 10000);
        }

        var other = await CreateAsync(api, wang, "只跟进");
        await api.PostAsync(wang, $"mutation {{ recordFollowUp(input: {{ customerId: \"{other}\", happenedAt: " +
            "\"2026-02-10T01:00:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY, content: \"问候\" }) { recorded { " +
            "record { id } } } }");

        var line =
            (await api.PostAsync(boss, Evaluation, February)).Data!["performanceEvaluation"]!["salespeople"]![0]!;

        line["facts"]!["customersFollowedUp"]!.GetValue<int>().ShouldBe(1);
        line["facts"]!["customersWorked"]!.GetValue<int>().ShouldBe(8);
        line["facts"]!["customersConverted"]!.GetValue<int>().ShouldBe(7);
        line["conversionRatePercent"]!.GetValue<decimal>().ShouldBe(87.5m);
        line["dealsWonWithoutFollowUp"]!.GetValue<int>().ShouldBe(7);
        line["facts"]!["dealsWon"]!.GetValue<int>().ShouldBe(7);

        // Default weights, no surveys, services, plans or ratings: 20×100 (sales, the best) + 10×100 (new customers,
        // the best) + 15×87.5 (conversion) = 4312.5 → 43.13 (÷ 100, rounded away from zero).
        line["totalScore"]!.GetValue<decimal>().ShouldBe(43.13m);
    }

    [EngineFact]
    public async Task An_inverted_or_overlong_period_is_refused_by_name(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var boss = await api.EnrollAsync("boss", UserRole.Supervisor);

        var inverted = await api.PostAsync(
            boss, Evaluation, new { period = new { from = "2026-03-01", to = "2026-02-01" } });
        var overlong = await api.PostAsync(
            boss, Evaluation, new { period = new { from = "2025-01-01", to = "2026-02-01" } });
        var byDays = await api.PostAsync(
            boss, Evaluation, new { period = new { from = "2026-02-01", to = "2026-02-28" } });

        inverted.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("INVALID_PERIOD");
        overlong.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("INVALID_PERIOD");
        $"{byDays.Data!["performanceEvaluation"]!["periodStart"]}..{byDays.Data!["performanceEvaluation"]!["periodEnd"]}".ShouldBe("2026-02-01..2026-02-28");
    }

    private static async Task<string> CreateAsync(TestApi api, string token, string name) =>
        await IdAsync(api, token, "createCustomer", "customer", $"{{ name: \"{name}\", kind: INDIVIDUAL }}");

    private static async Task WinAsync(TestApi api, string token, string customerId, int amount)
    {
        var deal = await IdAsync(
            api, token, "openDeal", "deal", $"{{ customerId: \"{customerId}\", product: \"CRM\", amount: {amount} }}");
        await api.PostAsync(token, $"mutation {{ winDeal(input: {{ dealId: \"{deal}\", keyFactor: \"演示效果好\" }}) {{ " +
            "deal { id } } }");
    }

    private static async Task<string> IdAsync(TestApi api, string token, string mutation, string result, string input)
    {
        var response = await api.PostAsync(token, $"mutation {{ {mutation}(input: {input}) {{ {result} {{ id }} " +
            "errors { ... on Error { code message } } } }");
        return response.Data?[mutation]?[result]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(
            response.ToString());
    }
}
