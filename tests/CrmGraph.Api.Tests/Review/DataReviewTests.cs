using System.Text.Json.Nodes;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Service;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Review;

/// <summary>
/// A hand-built team (Asia/Shanghai, UTC+8): two salespeople, February and March 2026; every expected figure is
/// worked out in the comments from the rows written below.
/// </summary>
public sealed class DataReviewTests
{
    public const string Query = """
        query($period: ReviewPeriodInput, $ownerId: ID, $teamId: ID) {
          dataReview(period: $period, ownerId: $ownerId, teamId: $teamId) {
            teamId ownerId from to timeZone startsAt endsAt asOf newCustomers
            sources { source customSource customers share converted conversionRate }
            funnel { stages { stage customers } grades { grade customers } moves { from to moves } }
            channels { channel customers won winRate }
            lostReasons { reason deals share }
            timeliness { entryDeadlineHours overdueFollowUps lateCustomerEntries followUpRecords lateRecords averageRecordLagHours }
            service { services customersServed complaints complaintRatePercent averageResponseHours judged satisfied satisfactionPercent }
            daysToConversion { grade converted averageDays }
          }
        }
        """;

    private static readonly object February = new { year = 2026, month = 2 };

    [EngineFact]
    public async Task A_supervisor_gets_the_teams_february_figures_as_worked_out_by_hand(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var team = await HandBuiltTeam.CreateAsync(api);

        var review = await ReviewAsync(api, team.Lead, February);

        review["from"]!.GetValue<string>().ShouldBe("2026-02-01");
        review["to"]!.GetValue<string>().ShouldBe("2026-02-28");
        review["timeZone"]!.GetValue<string>().ShouldBe("Asia/Shanghai");
        review["startsAt"]!.GetValue<string>().ShouldStartWith("2026-01-31T16:00:00");
        review["endsAt"]!.GetValue<string>().ShouldStartWith("2026-02-28T16:00:00");
        review["ownerId"].ShouldBeNull();

        // Entered in February (local): c1, c2 (exhibition), c3 (referral); c5 entered 2026-02-28T16:30Z is March 1
        // locally.
        review["newCustomers"]!.GetValue<int>().ShouldBe(3);
        Rows(review["sources"], "source", "customSource", "customers", "share", "converted", "conversionRate")
            .ShouldBe(["EXHIBITION||2|0.6667|1|0.5", "REFERRAL||1|0.3333|1|1"]);

        // Now: c5 prospect; c2, c4 following up; c1, c3 established. Grades: c3 A, c1 B, three ungraded.
        Rows(review["funnel"]!["stages"], "stage", "customers").ShouldBe(
            [
                "PROSPECT|1", "QUALIFIED|0", "FOLLOWING_UP|2", "ESTABLISHED|2", "MAINTAINING|0", "AT_RISK|0",
                "CHURNED|0", "WON_BACK|0", "LOST|0"]);
        Rows(review["funnel"]!["grades"], "grade", "customers").ShouldBe(["A|1", "B|1", "|3"]);

        // First follow-ups of c1..c4 in February; wins of c1 (Feb 10) and c3 (Feb 20).
        Rows(review["funnel"]!["moves"], "from", "to", "moves")
            .ShouldBe(["PROSPECT|FOLLOWING_UP|4", "FOLLOWING_UP|ESTABLISHED|2"]);

        // Records in February: phone for c1, c3, c4 (c1 and c3 won), WeChat for c2 (lost).
        Rows(review["channels"], "channel", "customers", "won", "winRate")
            .ShouldBe(["PHONE|3|2|0.6667", "WE_CHAT|1|0|0"]);

        // Lost in February: c2 on price (Feb 12), c4 to a competitor (Feb 16); c4's January loss is outside.
        Rows(review["lostReasons"], "reason", "deals", "share").ShouldBe(["PRICE|1|0.5", "COMPETITOR|1|0.5"]);

        // Overdue at 2026-03-20: only c1's plan due Mar 10 (c3's is due Mar 25, c2's was cancelled).
        // Late entry: c2 (48 h). Records: lags 2 h, 30 h (late), 1 h, 0.5 h → mean 33.5 / 4 = 8.375 → 8.38.
        Rows(
            review["timeliness"], "entryDeadlineHours", "overdueFollowUps", "lateCustomerEntries", "followUpRecords",
            "lateRecords", "averageRecordLagHours")
            .ShouldBe(["24|1|1|4|1|8.38"]);

        // Requested in February: s1 (complaint, answered in 2 h), s2 (consultation, 4 h), s4 (complaint, unanswered): 2
        // / 3. Settled in February: s1 revisited satisfied (Feb 13), s2 resolved unsatisfied (Feb 22), s3 (January
        // request) resolved satisfied (Feb 2), s5 resolved in January but revisited satisfied on Feb 3: 3 of 4.
        Rows(
            review["service"], "services", "customersServed", "complaints", "complaintRatePercent",
            "averageResponseHours", "judged", "satisfied", "satisfactionPercent")
            .ShouldBe(["3|3|2|66.67|3|4|3|75"]);

        // c3 (A): 2026-01-31T20:00Z → 2026-02-20T00:00Z = 19 d 4 h = 19.17; c1 (B): 7 days exactly.
        Rows(review["daysToConversion"], "grade", "converted", "averageDays").ShouldBe(["A|1|19.17", "B|1|7"]);
    }

    [EngineFact]
    public async Task A_salesperson_sees_only_their_own_figures_and_a_supervisor_can_narrow_to_one(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var team = await HandBuiltTeam.CreateAsync(api);

        // Alice owns c1, c2 (and c5, entered in March).
        var alice = await ReviewAsync(api, team.Alice, February);
        alice["ownerId"]!.GetValue<string>().ShouldBe(GlobalId.Format("User", team.AliceId));
        Rows(alice["sources"], "source", "customers", "share", "converted", "conversionRate")
            .ShouldBe(["EXHIBITION|2|1|1|0.5"]);
        Rows(alice["channels"], "channel", "customers", "won", "winRate").ShouldBe(["PHONE|1|1|1", "WE_CHAT|1|0|0"]);
        Rows(alice["lostReasons"], "reason", "deals", "share").ShouldBe(["PRICE|1|1"]);
        Rows(
            alice["service"], "services", "complaints", "complaintRatePercent", "judged", "satisfied",
            "satisfactionPercent")
            .ShouldBe(["2|2|100|1|1|100"]);
        (await ReviewAsync(api, team.Alice, February, ownerId: GlobalId.Format("User", team.AliceId)))[
            "newCustomers"]!.GetValue<int>().ShouldBe(2);

        // The supervisor narrows to Bob: c3 (referral, won) and c4 (entered in January).
        var bob = await ReviewAsync(api, team.Lead, February, ownerId: GlobalId.Format("User", team.BobId));
        Rows(bob["sources"], "source", "customers", "converted").ShouldBe(["REFERRAL|1|1"]);
        Rows(bob["channels"], "channel", "customers", "won", "winRate").ShouldBe(["PHONE|2|1|0.5"]);
        Rows(bob["daysToConversion"], "grade", "averageDays").ShouldBe(["A|19.17"]);
    }

    [EngineFact]
    public async Task Nobody_reviews_anothers_figures_or_another_team(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var team = await HandBuiltTeam.CreateAsync(api);
        var otherTeam = await api.FoundTeamAsync("华南团队");
        var otherLead = await api.EnrollAsync("olga", UserRole.Supervisor, otherTeam);

        (await ErrorCodeAsync(api, team.Alice, February, ownerId: GlobalId.Format("User", team.BobId)))
            .ShouldBe("NOT_ALLOWED");
        (await ErrorCodeAsync(api, team.Alice, February, teamId: GlobalId.Format("Team", otherTeam)))
            .ShouldBe("NOT_ALLOWED");
        (await ErrorCodeAsync(api, otherLead, February, teamId: GlobalId.Format("Team", team.TeamId)))
            .ShouldBe("NOT_ALLOWED");
        (await ErrorCodeAsync(api, otherLead, February, ownerId: GlobalId.Format("User", team.AliceId)))
            .ShouldBe("NOT_FOUND");

        // The other team's supervisor sees their own (empty) team: counts are zero, ratios null.
        var own = await ReviewAsync(api, otherLead, February);
        own["newCustomers"]!.GetValue<int>().ShouldBe(0);
        own["sources"]!.AsArray().ShouldBeEmpty();
        own["timeliness"]!["averageRecordLagHours"].ShouldBeNull();
        own["service"]!["complaintRatePercent"].ShouldBeNull();
        own["service"]!["satisfactionPercent"].ShouldBeNull();

        // An admin may review any team.
        var admin = await api.TokenAsync("admin");
        (await ReviewAsync(api, admin, February, teamId: GlobalId.Format("Team", team.TeamId)))[
            "newCustomers"]!.GetValue<int>().ShouldBe(3);
        (await ReviewAsync(api, admin, February, teamId: GlobalId.Format("Team", otherTeam)))[
            "newCustomers"]!.GetValue<int>().ShouldBe(0);
    }

    [EngineFact]
    public async Task A_period_is_a_month_or_a_range_of_local_days_and_bad_ones_are_refused(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var team = await HandBuiltTeam.CreateAsync(api);

        // Default: the current month in the team's time zone (the clock is 2026-03-20T00:00Z).
        var current = await ReviewAsync(api, team.Lead, null);
        current["from"]!.GetValue<string>().ShouldBe("2026-03-01");
        current["to"]!.GetValue<string>().ShouldBe("2026-03-31");
        current["newCustomers"]!.GetValue<int>().ShouldBe(1);

        // A range: Feb 1 to Feb 2 local holds c3 (Feb 1 08:00 local) but not c1 (Feb 3 18:00 local).
        (await ReviewAsync(api, team.Lead, new { from = "2026-02-01", to = "2026-02-02" }))[
            "newCustomers"]!.GetValue<int>().ShouldBe(1);
        (await ReviewAsync(api, team.Lead, new { from = "2026-01-01", to = "2026-12-31" }))[
            "newCustomers"]!.GetValue<int>().ShouldBe(5);

        foreach (var (period, words) in new (object Period, string Words)[]
        {
            (new { from = "2026-03-02", to = "2026-03-01" }, "after"),
            (new { from = "2026-01-01", to = "2027-01-02" }, "367 days"),
            (new { year = 2026, month = 13 }, "month"),
            (new { year = 0, month = 1 }, "period.year"),
            (new { from = "9999-12-30", to = "9999-12-31" }, "between"),
            (new { year = 2026 }, "period.month"),
            (new { from = "2026-03-01" }, "period.to"),
            (new { year = 2026, month = 2, from = "2026-03-01", to = "2026-03-02" }, "not both"),
        })
        {
            var response = await api.PostAsync(team.Lead, Query, new { period });
            response.Errors.ShouldNotBeNull(response.ToString());
            response.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("INVALID_PERIOD");
            response.Errors![0]!["message"]!.GetValue<string>().ShouldContain(words);
        }
    }

    public static async Task<JsonNode> ReviewAsync(
        TestApi api, string token, object? period, string? ownerId = null, string? teamId = null)
    {
        var response = await api.PostAsync(token, Query, new { period, ownerId, teamId });
        response.Errors.ShouldBeNull(response.ToString());
        return response.Data!["dataReview"]!;
    }

    private static async Task<string> ErrorCodeAsync(
        TestApi api, string token, object? period, string? ownerId = null, string? teamId = null)
    {
        var response = await api.PostAsync(token, Query, new { period, ownerId, teamId });
        response.Errors.ShouldNotBeNull(response.ToString());
        return response.Errors![0]!["extensions"]!["code"]!.GetValue<string>();
    }

    /// <summary>
    /// Each object (or the one object) as "a|b|c" of the named fields; null as empty, numbers as written.
    /// </summary>
    public static List<string> Rows(JsonNode? node, params string[] fields)
    {
        var items = node is JsonArray array ? [.. array] : new List<JsonNode?> { node };
        return [.. items.Select(item => string.Join('|', fields.Select(f => item![f] switch
        {
            null => string.Empty,
            JsonValue value when value.TryGetValue<decimal>(out var number) =>
                number.ToString("G29", System.Globalization.CultureInfo.InvariantCulture),
            var other => other.GetValue<string>(),
        })))];
    }

    /// <summary>The rows the figures above are worked out from.</summary>
    private sealed record HandBuiltTeam(Guid TeamId, string Lead, string Alice, string Bob, Guid AliceId, Guid BobId)
    {
        public static async Task<HandBuiltTeam> CreateAsync(TestApi api)
        {
            var lead = await api.EnrollAsync("lead", UserRole.Supervisor);
            var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
            var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
            var (teamId, aliceId, bobId) = await api.WithDbAsync(async db =>
            {
                var users = await db.Users.AsNoTracking()
                    .Where(u => u.Login == "lead" || u.Login == "alice" || u.Login == "bob")
                    .ToDictionaryAsync(u => u.Login);
                var team = await db.Teams.SingleAsync(t => t.Id == users["lead"].TeamId);
                var data = new ReviewData(db, team, api.Ids);
                var (a, b, l) = (users["alice"].Id, users["bob"].Id, users["lead"].Id);

                var c1 = data.Customer(a, CustomerSource.Exhibition, At(2, 3, 2), At(2, 3, 10));
                c1.Regrade(CustomerGrade.B, "需求明确", l, null, At(2, 3, 11));
                data.Record(c1, FollowUpChannel.Phone, At(2, 5, 2), At(2, 5, 4));
                data.Won(c1, At(2, 6, 0), At(2, 10, 2));
                data.Plan(c1, At(3, 10, 0), At(2, 10, 3));
                data.Service(
                    c1, ServiceType.Complaint, At(2, 11, 0), At(2, 11, 2), (At(2, 12, 0), null), (At(2, 13, 0), true));

                var c2 = data.Customer(a, CustomerSource.Exhibition, At(2, 4, 0), At(2, 6, 0));
                data.Record(c2, FollowUpChannel.WeChat, At(2, 7, 0), At(2, 8, 6));
                data.Lost(c2, LostReason.Price, At(2, 9, 0), At(2, 12, 0));
                data.Plan(c2, At(2, 1, 0), At(2, 6, 1), cancelled: true);
                data.Service(c2, ServiceType.Complaint, At(2, 25, 0));

                var c3 = data.Customer(b, CustomerSource.Referral, At(1, 31, 20), At(2, 1, 0));
                c3.Regrade(CustomerGrade.A, "两周内签约", l, l, At(2, 1, 1));
                data.Record(c3, FollowUpChannel.Phone, At(2, 2, 0), At(2, 2, 1));
                data.Won(c3, At(2, 3, 0), At(2, 20, 0));
                data.Plan(c3, At(3, 25, 0), At(2, 20, 1));
                data.Service(c3, ServiceType.Consultation, At(2, 21, 0), At(2, 21, 4), (At(2, 22, 0), false));
                data.Service(
                    c3, ServiceType.Complaint, At(1, 26, 0), At(1, 26, 1), (At(1, 28, 0), null), (At(2, 3, 0), true));

                var c4 = data.Customer(b, CustomerSource.Website, At(1, 15, 0), At(1, 15, 1));
                data.Lost(c4, LostReason.Price, At(1, 16, 0), At(1, 20, 0));
                data.Record(c4, FollowUpChannel.Phone, At(2, 15, 0), At(2, 15, 0).AddMinutes(30));
                data.Lost(c4, LostReason.Competitor, At(2, 15, 1), At(2, 16, 0));
                data.Service(c4, ServiceType.AfterSales, At(1, 25, 0), At(1, 25, 1), (At(2, 2, 0), true));

                data.Customer(a, CustomerSource.Exhibition, At(2, 28, 16).AddMinutes(30), At(2, 28, 16).AddMinutes(30));
                await db.SaveChangesAsync();
                return (team.Id, a, b);
            });
            api.Clock.Now = At(3, 20, 0);
            return new HandBuiltTeam(teamId, lead, alice, bob, aliceId, bobId);
        }

        private static DateTimeOffset At(int month, int day, int hour) =>
            new(2026, month, day, hour, 0, 0, TimeSpan.Zero);
    }
}
