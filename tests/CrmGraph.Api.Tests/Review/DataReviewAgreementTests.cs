using System.Globalization;
using System.Text.Json.Nodes;
using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Review;
using CrmGraph.Domain.Analytics;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Service;
using CrmGraph.Domain.Teams;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Review;

/// <summary>
/// The SQL figures of <c>dataReview</c> against the domain's formulas run over the same rows loaded into memory, on a
/// seeded random dataset (several months, two salespeople, custom sources, every kind of record).
/// </summary>
public sealed class DataReviewAgreementTests
{
    private static readonly DateTimeOffset First = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Last = new(2026, 3, 19, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 0, 0, 0, TimeSpan.Zero);

    [EngineFact]
    public async Task The_sql_figures_equal_the_domain_formulas_over_the_loaded_rows(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var lead = await api.EnrollAsync("lead", UserRole.Supervisor);
        await api.EnrollAsync("alice", UserRole.Salesperson);
        await api.EnrollAsync("bob", UserRole.Salesperson);
        var (team, aliceId) = await api.WithDbAsync(async db =>
        {
            var users = await db.Users.AsNoTracking()
                .Where(u => u.Login == "lead" || u.Login == "alice" || u.Login == "bob")
                .ToDictionaryAsync(u => u.Login);
            var team = await db.Teams.SingleAsync(t => t.Id == users["lead"].TeamId);
            team.ChangeSettings(new TeamSettingsChange(CustomSources: ["老客户推荐会", "行业协会"]), First);
            Generate(
                new ReviewData(db, team, api.Ids), new Random(20260220), users["alice"].Id, users["bob"].Id,
                users["lead"].Id, team.CustomSources);
            await db.SaveChangesAsync();
            return (team, users["alice"].Id);
        });
        api.Clock.Now = Now;
        var rows = await api.WithDbAsync(Rows.LoadAsync);

        foreach (var (from, to) in new[] { (new DateOnly(
            2026, 2, 1), new DateOnly(2026, 2, 28)), (new DateOnly(2026, 1, 10), new DateOnly(2026, 3, 19)) })
        {
            var scope = new ReviewScope(team, null, from, to, Now);
            var period = new
            {
                from = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                to = to.ToString(
                "yyyy-MM-dd", CultureInfo.InvariantCulture)
            };
            Compare(await DataReviewTests.ReviewAsync(api, lead, period), rows.Expected(scope));
            Compare(
                await DataReviewTests.ReviewAsync(api, lead, period, ownerId: GlobalId.Format("User", aliceId)),
                rows.Expected(scope with { OwnerId = aliceId }));
        }

        // Aggregated in the database: as many SQL commands for 120 customers and their records as for an empty team.
        var emptyTeam = GlobalId.Format("Team", await api.FoundTeamAsync("空团队"));
        var admin = await api.TokenAsync("admin");
        await DataReviewTests.ReviewAsync(api, admin, null, teamId: emptyTeam); // the signed-in user is now cached
        api.SqlCommands.Reset();
        await DataReviewTests.ReviewAsync(api, admin, null, teamId: emptyTeam);
        var forNothing = api.SqlCommands.Count;
        api.SqlCommands.Reset();
        await DataReviewTests.ReviewAsync(api, admin, null, teamId: GlobalId.Format("Team", team.Id));
        api.SqlCommands.Count.ShouldBe(forNothing);
        forNothing.ShouldBeLessThan(20);
    }

    private static void Compare(JsonNode actual, Expectation expected)
    {
        DataReviewTests.Rows(
            actual["sources"], "source", "customSource", "customers", "share", "converted", "conversionRate")
            .ShouldBe(expected.Sources);
        DataReviewTests.Rows(actual["daysToConversion"], "grade", "converted", "averageDays").ShouldBe(expected.Cycles);
        DataReviewTests.Rows(actual["channels"], "channel", "customers", "won", "winRate").ShouldBe(expected.Channels);
        DataReviewTests.Rows(actual["lostReasons"], "reason", "deals", "share").ShouldBe(expected.LostReasons);
        DataReviewTests.Rows(
            actual["timeliness"], "overdueFollowUps", "lateCustomerEntries", "followUpRecords", "lateRecords",
            "averageRecordLagHours")
            .ShouldBe(expected.Timeliness);
        DataReviewTests.Rows(
            actual["service"], "services", "customersServed", "complaints", "complaintRatePercent",
            "averageResponseHours", "judged", "satisfied", "satisfactionPercent")
            .ShouldBe(expected.Service);
        DataReviewTests.Rows(actual["funnel"]!["stages"], "stage", "customers").ShouldBe(expected.Stages);
        DataReviewTests.Rows(actual["funnel"]!["moves"], "from", "to", "moves").ShouldBe(expected.Moves);
        expected.Sources.Count.ShouldBeGreaterThan(2, "the generated period should hold several sources");
        expected.Channels.Count.ShouldBeGreaterThan(2, "the generated period should hold several channels");
    }

    private static void Generate(
        ReviewData data, Random random, Guid alice, Guid bob, Guid lead, IReadOnlyCollection<string> customSources)
    {
        DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to) =>
            to <= from ? from : from.AddMinutes(random.NextInt64((long)(to - from).TotalMinutes + 1));
        DateTimeOffset Before(DateTimeOffset at) => at > Last ? Last : at;
        var sources = new[] { CustomerSource.Exhibition, CustomerSource.Referral, CustomerSource.OnlineAd, CustomerSource.Website, CustomerSource.ColdCall, CustomerSource.Custom };
        for (var i = 0; i < 120; i++)
        {
            var source = sources[random.Next(sources.Length)];
            var firstContact = Between(First, Last.AddDays(-3));
            var customer = data.Customer(
                random.Next(2) == 0 ? alice : bob, source, firstContact,
                Before(firstContact.AddHours(random.Next(0, 60))),
                source == CustomerSource.Custom ? customSources.ElementAt(random.Next(customSources.Count)) : null);
            var grade = random.Next(4);
            if (grade > 0)
            {
                customer.Regrade((CustomerGrade)(grade - 1), "定级", lead, lead, customer.EnteredAt);
            }

            for (var r = random.Next(4); r > 0; r--)
            {
                var happened = Between(customer.EnteredAt, Last);
                data.Record(customer, (FollowUpChannel)random.Next(7), happened, Before(
                    happened.AddHours(random.Next(0, 40)).AddMinutes(random.Next(60))));
            }

            for (var d = random.Next(3); d > 0; d--)
            {
                var opened = Between(customer.EnteredAt, Last);
                var closed = Between(opened, Last);
                switch (random.Next(3))
                {
                    case 0: data.Won(customer, opened, closed); break;
                    case 1: data.Lost(customer, (LostReason)random.Next(5), opened, closed); break;
                    default: break;
                }
            }

            for (var p = random.Next(3); p > 0; p--)
            {
                data.Plan(
                    customer, Between(customer.EnteredAt, Now.AddDays(10)), customer.EnteredAt,
                    cancelled: random.Next(4) == 0);
            }

            for (var s = random.Next(3); s > 0; s--)
            {
                var requested = Between(customer.EnteredAt, Last);
                DateTimeOffset? answered = random.Next(4) == 0 ? null : Before(requested.AddHours(random.Next(0, 30)));
                (DateTimeOffset, bool?)? resolved = answered is { } a && random.Next(3) > 0 ? (Before(a.AddHours(
                    random.Next(1, 200))), random.Next(3) switch { 0 => null, 1 => false, _ => true }) : null;
                (DateTimeOffset, bool)? revisited = resolved is { } v && random.Next(2) == 0
                    ? (Before(v.Item1.AddHours(random.Next(1, 600))), random.Next(2) == 0)
                    : null;
                data.Service(customer, (ServiceType)random.Next(3), requested, answered, resolved, revisited);
            }
        }
    }

    private sealed record Expectation(
        List<string> Sources, List<string> Cycles, List<string> Channels, List<string> LostReasons,
        List<string> Timeliness, List<string> Service, List<string> Stages, List<string> Moves);

    /// <summary>
    /// Every row of the team, loaded as it is stored; the expected figures are the domain formulas over them.
    /// </summary>
    private sealed record Rows(
        List<Customer> Customers, List<Deal> Deals, List<FollowUpRecord> Records, List<FollowUpPlan> Plans,
        List<ServiceRecord> Services)
    {
        public static async Task<Rows> LoadAsync(CrmGraph.Api.Persistence.CrmDbContext db) => new(
            await db.Customers.AsNoTracking().ToListAsync(),
            await db.Deals.AsNoTracking().ToListAsync(),
            await db.FollowUpRecords.AsNoTracking().ToListAsync(),
            await db.FollowUpPlans.AsNoTracking().ToListAsync(),
            await db.ServiceRecords.AsNoTracking().ToListAsync());

        public Expectation Expected(ReviewScope scope)
        {
            var (start, end) = (scope.Start, scope.End);
            bool In(DateTimeOffset? at) => at >= start && at < end;
            var customers = Customers.Where(
                c => c.TeamId == scope.Team.Id && (scope.OwnerId is null || c.OwnerId == scope.OwnerId))
                .ToList();
            var ids = customers.Select(c => c.Id).ToHashSet();
            var firstWin = Deals.Where(d => ids.Contains(d.CustomerId) && d.Status == DealStatus.Won && In(d.ClosedAt))
                .GroupBy(d => d.CustomerId).ToDictionary(g => g.Key, g => g.Min(d => d.ClosedAt!.Value));
            ReviewCustomer Review(Customer c) => new(
                c.Id, ReviewSourceKey.Of(c.Profile.Source, c.Profile.CustomSource), c.Grade, c.FirstContactAt,
                c.EnteredAt, firstWin.TryGetValue(c.Id, out var at) ? at : null);
            var entered = customers.Where(c => In(c.EnteredAt)).Select(Review).ToList();
            var followUps = Records.Where(r => ids.Contains(r.CustomerId) && In(r.HappenedAt))
                .Select(
                    r => new ReviewFollowUp(r.CustomerId, r.Channel, r.RecordLag, firstWin.ContainsKey(r.CustomerId)))
                .ToList();
            var deadline = scope.Team.Reminders.EntryDeadlineHours;
            var services = Services.Where(s => ids.Contains(s.CustomerId)).ToList();
            var requested = services.Where(s => In(s.RequestedAt)).ToList();
            var serviceFigures = ReviewCounts.Services(
                [.. requested.Select(s => new ReviewService(s.Type, s.RequestedAt, s.AnsweredAt))]);
            var judged = services.Where(
                s => s.Satisfied is not null && In(s.RevisitedAt > s.ResolvedAt ? s.RevisitedAt : s.ResolvedAt))
                .ToList();
            var satisfied = judged.Count(s => s.Satisfied == true);

            return new Expectation(
                [.. ReviewFormulas.BySource(entered).Select(s => Row(
                    Name(ReviewSourceKey.Parse(s.Source).Source), ReviewSourceKey.Parse(s.Source).CustomSource,
                    s.Customers, s.Share, s.Converted, s.ConversionRate))],
                [.. ReviewFormulas.DaysToConversionByGrade(customers.Where(c => firstWin.ContainsKey(c.Id)).Select(
                    Review)).Select(g => Row(g.Grade is { } grade ? Name(grade) : null, g.Converted, g.AverageDays))],
                [.. ReviewFormulas.WinRateByChannel(followUps).Select(
                    c => Row(Name(c.Channel), c.Customers, c.Won, c.WinRate))],
                [.. ReviewFormulas.LostReasons([
                    .. Deals.Where(d => ids.Contains(d.CustomerId) && d.Status == DealStatus.Lost && In(d.ClosedAt))
                        .Select(d => d.LostReason!.Value)]).Select(l => Row(Name(l.Reason), l.Deals, l.Share))],
                [Row(
                    ReviewCounts.OverdueAt(Plans.Where(p => ids.Contains(p.CustomerId)).Select(
                        p => new ReviewPlan(p.DueAt, p.Status, p.CompletedAt)), scope.AsOf),
                    ReviewFormulas.LateEntries(entered, deadline),
                    followUps.Count,
                    ReviewCounts.RecordedLate(followUps, deadline),
                    ReviewFormulas.AverageRecordLagHours(followUps))],
                [Row(
                    serviceFigures.Services, requested.Select(s => s.CustomerId).Distinct().Count(),
                    serviceFigures.Complaints, serviceFigures.ComplaintRatePercent, serviceFigures.AverageResponseHours,
                    judged.Count, satisfied, ReviewCounts.ServiceSatisfactionPercent(satisfied, judged.Count))],
                [.. ReviewCounts.CustomersPerStage(customers.Where(c => !c.IsArchived).Select(c => c.Stage)).Select(
                    s => Row(Name(s.Stage), s.Customers))],
                [.. customers.SelectMany(c => c.StageHistory).Where(h => h.From is not null && In(h.At)).GroupBy(
                    h => (From: h.From!.Value, h.To)).OrderBy(g => g.Key.From).ThenBy(g => g.Key.To).Select(g => Row(
                        Name(g.Key.From), Name(g.Key.To), g.Count()))]);
        }

        private static string Name<TEnum>(TEnum value)
            where TEnum : struct, Enum => (string)new DomainEnumType<TEnum>().Serialize(value)!;

        private static string Row(params object?[] values) => string.Join('|', values.Select(v => v switch
        {
            null => string.Empty,
            decimal d => d.ToString("G29", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString(),
        }));
    }
}
