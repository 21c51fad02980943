using System.Diagnostics;
using System.Globalization;
using CrmGraph.Domain.Users;
using Xunit.Abstractions;

namespace CrmGraph.Api.Tests.Benchmarks;

/// <summary>
/// Issue #7: the monthly review and the evaluation for one team over 100,000 customers and 1,000,000 follow-up
/// records on PostgreSQL, each ≤ 1 s. Runs only when <c>CRM_REVIEW_BENCHMARK=1</c> (docs/benchmarks.md). The rows are
/// cloned in SQL from templates made through the API (every column the model has, spread over a year, ten
/// salespeople, every stage, grade, source and channel), then the two queries run through GraphQL, warm, five times.
/// </summary>
public sealed class ReviewBenchmark(ITestOutputHelper output)
{
    public const string Variable = "CRM_REVIEW_BENCHMARK";
    private const int Customers = 100_000;
    private const int Records = 1_000_000;

    private const string Review = """
        { dataReview(period: { year: 2026, month: 2 }) { newCustomers sources { source customers conversionRate } funnel { stages { stage customers } } channels { channel winRate }
          lostReasons { reason deals } timeliness { overdueFollowUps lateRecords averageRecordLagHours } service { complaintRatePercent satisfactionPercent } daysToConversion { grade averageDays } } }
        """;

    private const string Evaluation = "{ performanceEvaluation(period: { year: 2026, month: 2 }) { salespeople { " +
        "salesperson { login } totalScore rank facts { customersFollowedUp plansDue } } } }";

    [BenchmarkFact(Variable)]
    public async Task Monthly_review_and_evaluation_over_100k_customers_and_1M_follow_ups_on_PostgreSQL()
    {
        await using var api = await TestApi.StartAsync(Engine.Postgres);
        api.Clock.Now = new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);
        var boss = await api.EnrollAsync("boss", UserRole.Supervisor);
        var reps = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            reps.Add(await api.EnrollAsync($"rep{i}", UserRole.Salesperson));
        }

        // Templates through the API: a customer with a record, a plan, a won and a lost deal, a service record and a
        // survey.
        var customer = (await api.PostAsync(
            reps[0],
            "mutation { createCustomer(input: { name: \"模板\", kind: ORGANIZATION, phone: \"13900000001\" }) { " +
            "customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        await api.PostAsync(reps[0], $"mutation {{ planFollowUp(input: {{ customerId: \"{customer}\", dueAt: " +
            "\"2026-02-10T02:00:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY }) { plan { id } } }");
        await api.PostAsync(reps[0], $"mutation {{ recordFollowUp(input: {{ customerId: \"{customer}\", happenedAt: " +
            "\"2026-02-11T02:00:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY, content: \"需求\" }) { recorded { " +
            "record { id } } } }");
        var deal =
            (await api.PostAsync(reps[0], $"mutation {{ openDeal(input: {{ customerId: \"{customer}\", product: " +
                "\"CRM\", amount: 100000 }) { deal { id } } }")).Data!["openDeal"]!["deal"]!["id"]!.GetValue<string>();
        await api.PostAsync(
            reps[0], $"mutation {{ winDeal(input: {{ dealId: \"{deal}\", keyFactor: \"试用\" }}) {{ deal {{ id }} }} }}");
        await api.PostAsync(reps[0], $"mutation {{ recordService(input: {{ customerId: \"{customer}\", type: " +
            "COMPLAINT, content: \"慢\" }) { service { id } } }");
        await api.PostAsync(reps[0], $"mutation {{ recordSatisfactionSurvey(input: {{ customerId: \"{customer}\", " +
            "score: 4 }) { survey { id } } }");

        var seeding = Stopwatch.StartNew();
        await api.WithDbAsync(async db =>
        {
            await BenchmarkRows.WithoutForeignKeyChecksAsync(db, () => SeedAsync(db));
            return 0;
        });
        seeding.Stop();

        var review = await TimeAsync(api, boss, Review, "dataReview");
        var evaluation = await TimeAsync(api, boss, Evaluation, "performanceEvaluation");
        var report = string.Create(CultureInfo.InvariantCulture, $"{Customers:N0} customers, {Records:N0} records " +
            $"(seeded in {seeding.Elapsed.TotalSeconds:F0} s): dataReview median {review.Median:F0} ms, max " +
            $"{review.Max:F0} ms; performanceEvaluation median {evaluation.Median:F0} ms, max {evaluation.Max:F0} ms");
        output.WriteLine(report);
        Console.WriteLine($"[benchmark] {report}");
        review.Max.ShouldBeLessThanOrEqualTo(1000, report);
        evaluation.Max.ShouldBeLessThanOrEqualTo(1000, report);
    }

    private static async Task<(double Median, double Max)> TimeAsync(
        TestApi api, string token, string query, string field)
    {
        var warm = await api.PostAsync(token, query);
        warm.Errors.ShouldBeNull(warm.ToString());
        warm.Data![field].ShouldNotBeNull();
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var response = await api.PostAsync(token, query);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            response.Errors.ShouldBeNull(response.ToString());
        }

        times.Sort();
        return (times[2], times[^1]);
    }

    private static async Task SeedAsync(CrmGraph.Api.Persistence.CrmDbContext db)
    {
        await BenchmarkRows.CloneAsync(db, "customers", "1 = 1", BenchmarkRows.Series(Customers), new()
        {
            ["id"] = BenchmarkRows.CustomerId(
                "g"),
            ["name"] = "'客户' || g",
            ["normalized_phone"] = "NULL",
            ["normalized_email"] = "NULL",
            ["normalized_company_name"] = "NULL",
            ["owner_id"] = BenchmarkRows.OwnerOf("g"),
            ["entered_at"] = "t.entered_at - ((g % 365) * interval '1 day')",
            ["first_contact_at"] = "t.entered_at - " +
                "((g % 365) * interval '1 day') - ((g % 50) * interval '1 hour')",
            ["stage"] = "(ARRAY['Prospect','Qualified','FollowingUp','Established','Maintaining','AtRisk','Churned','WonBack','Lost'])[1 + g % 9]",
            ["grade"] = "(ARRAY['A','B','C'])[1 + g % 3]",
            ["profile_source"] =
                "(ARRAY['Exhibition','Referral','Website','SocialMedia','ColdCall','Other'])[1 + g % 6]",
        });
        await BenchmarkRows.CloneAsync(
            db, "follow_up_records", "1 = 1", BenchmarkRows.Series(Records),
            BenchmarkRows.Child("1 + g % " + Customers, new()
            {
                ["plan_id"] = "NULL",
                ["happened_at"] = "t.happened_at - ((g % 365) * interval '1 day')",
                ["recorded_at"] = "t.happened_at - " +
                "((g % 365) * interval '1 day') + ((g % 60) * interval '1 hour')",
                ["channel"] = "(ARRAY['Phone','WeChat','Email','Meeting'])[1 + g % 4]",
            }));
        await BenchmarkRows.CloneAsync(
            db, "follow_up_plans", "1 = 1", BenchmarkRows.Series(Customers), BenchmarkRows.Child("g", new()
            {
                ["completed_by_record_id"] = "NULL",
                ["due_at"] = "t.due_at - ((g % 365) * interval '1 day')",
                ["status"] =
                "(ARRAY['Planned','Done','Cancelled'])[1 + g % 3]",
                ["done_on_time"] = "CASE WHEN g % 3 = 1 THEN g % 2 = 0 END",
            }));
        await BenchmarkRows.CloneAsync(
            db, "deals", "status = 'Won'", BenchmarkRows.Series(Customers / 5),
            BenchmarkRows.Child("1 + (g * 5) % " + Customers, new()
            {
                ["status"] = "(ARRAY['Won','Lost','Open'])[1 + g % 3]",
                ["lost_reason"] = "CASE WHEN g % 3 = 1 THEN " +
                "(ARRAY['Price','UnclearNeeds','Competitor','Timing','Other'])[1 + g % 5] END",
                ["closed_at"] =
                "CASE WHEN g % 3 < 2 THEN t.closed_at - ((g % 365) * interval '1 day') END",
                ["opened_at"] =
                    "t.opened_at - ((g % 365) * interval '1 day') - interval '20 days'",
            }));
        await BenchmarkRows.CloneAsync(
            db, "service_records", "1 = 1", BenchmarkRows.Series(Customers / 10),
            BenchmarkRows.Child("1 + (g * 10) % " + Customers, new()
            {
                ["requested_at"] = "t.requested_at - ((g % 365) * interval '1 day')",
                ["type"] =
                "(ARRAY['Complaint','Consultation','AfterSales'])[1 + g % 3]",
            }));
        await BenchmarkRows.CloneAsync(
            db, "satisfaction_surveys", "1 = 1", BenchmarkRows.Series(Customers / 10),
            BenchmarkRows.Child("1 + (g * 10) % " + Customers, new()
            {
                ["answered_at"] = "t.answered_at - ((g % 365) * interval '1 day')",
                ["score"] = "1 + g % 5",
            }));
    }
}
