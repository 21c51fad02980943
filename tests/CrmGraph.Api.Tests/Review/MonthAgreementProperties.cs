using System.Text.Json.Nodes;
using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Care;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Service;
using CrmGraph.Domain.Teams;
using CrmGraph.Domain.Users;
using CrmGraph.Tests.Shared.Months;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Review;

/// <summary>
/// Random months (FsCheck's <see cref="MonthGen"/>, fixed seed) written through the real persistence, one team each,
/// then <c>dataReview</c> and <c>performanceEvaluation</c> for February asked over GraphQL: every count equals
/// <see cref="NaiveRecount"/> over the generated values, every rate is within its range, shares sum to 1 and no total
/// exceeds 100. The domain-level twin is <c>MonthFigureProperties</c>; this one checks the SQL on each engine.
/// </summary>
public sealed class MonthAgreementProperties
{
    private const int Months = 16;
    private const ulong Seed = 20260222;

    private const string Evaluation = """
        query { performanceEvaluation(period: { year: 2026, month: 2 }) { salespeople {
          salesperson { login } satisfactionPercent complaintRatePercent salesAmount newCustomers conversionRatePercent
          timelinessPercent totalScore rank dealsWonWithoutFollowUp
          facts { surveys satisfiedSurveys services complaints newCustomers customersFollowedUp customersWorked
                  customersConverted plansDue plansDoneOnTime dealsWon dealsWonWithoutFollowUp } } } }
        """;

    private const string Review = """
        query { dataReview(period: { year: 2026, month: 2 }) {
          newCustomers
          sources { source customers share converted conversionRate }
          channels { channel customers won winRate }
          lostReasons { reason deals share }
          timeliness { overdueFollowUps lateCustomerEntries followUpRecords lateRecords }
          service { services customersServed complaints complaintRatePercent judged satisfied satisfactionPercent } } }
        """;

    [EngineFact]
    public async Task The_sql_figures_of_random_months_equal_the_naive_recount(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var months = Gen.Sample(MonthGen.Month, Months, new Rnd(Seed), 20);
        for (var i = 0; i < months.Length; i++)
        {
            var month = months[i];
            var context = $"month {i} of seed {Seed}: {month}";
            var logins = Enumerable.Range(0, month.Salespeople).Select(s => $"sales{i}x{s}").ToList();
            await api.WithDbAsync(db =>
            {
                // One team per month, its supervisor and salespeople, and the month itself: one save.
                var team = Team.Found(api.Ids.NewId(), "团队" + i, null, month.Now);
                db.Teams.Add(team);
                db.Users.Add(User.Enroll(api.Ids.NewId(), $"lead{i}", "LEAD", UserRole.Supervisor, team.Id, month.Now));
                var salespeople = logins.Select(l => User.Enroll(api.Ids.NewId(), l, l.ToUpperInvariant(),
                    UserRole.Salesperson, team.Id, month.Now)).ToList();
                db.Users.AddRange(salespeople);
                MonthWriter.Write(month, team, [.. salespeople.Select(u => u.Id)], api.Ids.NewId, new DbSink(db));
                return db.SaveChangesAsync();
            });
            var lead = await api.TokenAsync($"lead{i}");
            api.Clock.Now = month.Now;

            var evaluation = await api.PostAsync(lead, Evaluation);
            evaluation.Errors.ShouldBeNull(context + evaluation);
            CheckEvaluation(evaluation.Data!["performanceEvaluation"]!["salespeople"]!.AsArray(), month, logins,
                context);
            var review = await api.PostAsync(lead, Review);
            review.Errors.ShouldBeNull(context + review);
            CheckReview(review.Data!["dataReview"]!, NaiveRecount.Review(month), context);
        }
    }

    private static void CheckEvaluation(JsonArray lines, GeneratedMonth month, List<string> logins, string context)
    {
        lines.Count.ShouldBe(month.Salespeople, context);
        foreach (var line in lines)
        {
            var login = line!["salesperson"]!["login"]!.GetValue<string>();
            var f = line["facts"]!;
            var counted = new NaiveFacts(
                Int(f, "surveys"), Int(f, "satisfiedSurveys"), Int(f, "services"), Int(f, "complaints"),
                    line["salesAmount"]!.GetValue<decimal>(),
                Int(f, "newCustomers"), Int(f, "customersFollowedUp"), Int(f, "customersWorked"), Int(f,
                    "customersConverted"), Int(f, "plansDue"),
                Int(f, "plansDoneOnTime"), Int(f, "dealsWon"), Int(f, "dealsWonWithoutFollowUp"));
            counted.ShouldBe(NaiveRecount.Facts(month, logins.IndexOf(login)), $"{context}; {login}");
            Int(line, "dealsWonWithoutFollowUp").ShouldBe(counted.DealsWonWithoutFollowUp);
            foreach (var percent in new[] { "satisfactionPercent", "complaintRatePercent", "conversionRatePercent",
                "timelinessPercent", "totalScore" })
            {
                InRange(line[percent], 0m, 100m, $"{context}; {login}.{percent}");
            }

            Int(line, "rank").ShouldBeInRange(1, month.Salespeople);
        }
    }

    private static void CheckReview(JsonNode review, NaiveReview expected, string context)
    {
        Int(review, "newCustomers").ShouldBe(expected.NewCustomers, context);
        var sources = review["sources"]!.AsArray();
        sources.ToDictionary(s => s!["source"]!.GetValue<string>(), s => (Int(s!, "customers"), Int(s!, "converted")))
            .ShouldBe(expected.Sources.ToDictionary(s => Name(s.Key), s => s.Value), ignoreOrder: true, context);
        Shares(sources, "share", context);
        sources.ShouldAllBe(s => InRange(s!["conversionRate"], 0m, 1m, context));

        var channels = review["channels"]!.AsArray();
        channels.ToDictionary(c => c!["channel"]!.GetValue<string>(), c => (Int(c!, "customers"), Int(c!, "won")))
            .ShouldBe(expected.Channels.ToDictionary(c => Name(c.Key), c => c.Value), ignoreOrder: true, context);
        channels.ShouldAllBe(c => InRange(c!["winRate"], 0m, 1m, context));

        var lost = review["lostReasons"]!.AsArray();
        lost.ToDictionary(l => l!["reason"]!.GetValue<string>(), l => Int(l!, "deals"))
            .ShouldBe(expected.LostDeals.ToDictionary(l => Name(l.Key), l => l.Value), ignoreOrder: true, context);
        Shares(lost, "share", context);

        var t = review["timeliness"]!;
        (Int(t, "overdueFollowUps"), Int(t, "lateCustomerEntries"), Int(t, "followUpRecords"), Int(t, "lateRecords"))
            .ShouldBe((expected.OverdueFollowUps, expected.LateCustomerEntries, expected.FollowUpRecords,
                expected.LateRecords), context);
        var s = review["service"]!;
        (Int(s, "services"), Int(s, "customersServed"), Int(s, "complaints"), Int(s, "judged"), Int(s, "satisfied"))
            .ShouldBe((expected.Services, expected.CustomersServed, expected.Complaints, expected.Judged,
                expected.Satisfied), context);
        InRange(s["complaintRatePercent"], 0m, 100m, context);
        InRange(s["satisfactionPercent"], 0m, 100m, context);
    }

    private static int Int(JsonNode node, string field) => node[field]!.GetValue<int>();

    /// <summary>True when absent (null: nothing to count) or within [low, high]; fails with the context
    /// otherwise.</summary>
    private static bool InRange(JsonNode? value, decimal low, decimal high, string context)
    {
        if (value is not null)
        {
            value.GetValue<decimal>().ShouldBeInRange(low, high, context);
        }

        return true;
    }

    /// <summary>Shares rounded to 4 places sum to 1 within half a unit of the 4th place per share.</summary>
    private static void Shares(JsonArray rows, string field, string context)
    {
        if (rows.Count > 0)
        {
            Math.Abs(rows.Sum(r => r![field]!.GetValue<decimal>()) - 1m)
                .ShouldBeLessThanOrEqualTo(0.00005m * rows.Count, context);
        }
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => (string)new DomainEnumType<TEnum>().Serialize(value)!;

    private sealed class DbSink(CrmDbContext db) : IMonthSink
    {
        public void Add(Customer customer) => db.Customers.Add(customer);

        public void Add(FollowUpRecord record) => db.FollowUpRecords.Add(record);

        public void Add(FollowUpPlan plan) => db.FollowUpPlans.Add(plan);

        public void Add(Deal deal) => db.Deals.Add(deal);

        public void Add(SatisfactionSurvey survey) => db.SatisfactionSurveys.Add(survey);

        public void Add(ServiceRecord service) => db.ServiceRecords.Add(service);
    }
}
