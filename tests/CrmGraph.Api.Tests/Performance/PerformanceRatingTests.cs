using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Performance;

/// <summary>
/// 主管评分: supervisors rate and revise their salespeople per period; everyone else is refused or sees only their own.
/// </summary>
public sealed class PerformanceRatingTests
{
    private const string Rate = """
        mutation($input: RatePerformanceInput!) {
          ratePerformance(input: $input) {
            rating { id version serviceAttitude professionalAbility customerFeedback comment periodStart periodEnd salesperson { login } supervisor { login } revisedAt }
            errors { __typename ... on Error { code message } ... on ValidationError { field } }
          }
        }
        """;

    private const string List = "{ performanceRatings { salesperson { login } serviceAttitude professionalAbility " +
        "customerFeedback } }";

    private static object Input(
        string salespersonId, int attitude, int ability, int feedback, string? comment = null,
        int? expectedVersion = null, string periodEnd = "2026-02-28") =>
        new { input = new { salespersonId, periodStart = "2026-02-01", periodEnd, serviceAttitude = attitude, professionalAbility = ability, customerFeedback = feedback, comment, expectedVersion } };

    [EngineFact]
    public async Task A_supervisor_rates_a_salesperson_for_a_month_and_revises_it_with_the_history_in_the_audit_trail(
        Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var boss = await api.EnrollAsync("boss", UserRole.Supervisor);
        var zhang = await api.EnrollAsync("zhang", UserRole.Salesperson);
        var li = await api.EnrollAsync("li", UserRole.Salesperson);
        var zhangId = (await api.PostAsync(zhang, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();

        var rated = (await api.PostAsync(boss, Rate, Input(zhangId, 4, 5, 3, "沟通积极"))).Data!["ratePerformance"]!;
        var stale = (await api.PostAsync(boss, Rate, Input(zhangId, 5, 5, 5, expectedVersion: 7))).Data![
            "ratePerformance"]!;
        var revised = (await api.PostAsync(boss, Rate, Input(zhangId, 5, 5, 4, "客户反馈改善", expectedVersion: rated[
            "rating"]!["version"]!.GetValue<int>()))).Data!["ratePerformance"]!;

        rated["rating"]!["id"]!.GetValue<string>().ShouldBe(revised["rating"]!["id"]!.GetValue<string>());
        $"{rated["rating"]!["serviceAttitude"]}{rated["rating"]!["professionalAbility"]}{rated["rating"]!["customerFeedback"]} {rated["rating"]!["periodStart"]}..{rated["rating"]!["periodEnd"]} {rated["rating"]!["supervisor"]!["login"]}".ShouldBe("453 2026-02-01..2026-02-28 boss");
        stale["errors"]![0]!["__typename"]!.GetValue<string>().ShouldBe("StaleVersionError");
        $"{revised["rating"]!["serviceAttitude"]}{revised["rating"]!["professionalAbility"]}{revised["rating"]!["customerFeedback"]} {revised["rating"]!["comment"]}".ShouldBe("554 客户反馈改善");
        revised["rating"]!["revisedAt"].ShouldNotBeNull();
        (await api.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "PerformanceRating"))).ShouldBe(2);

        var seenByZhang = await api.PostAsync(zhang, List);
        var seenByLi = await api.PostAsync(li, List);
        var seenByBoss = await api.PostAsync(boss, List);
        seenByZhang.Data!["performanceRatings"]!.AsArray()
            .Select(r => $"{r!["salesperson"]!["login"]} {r["serviceAttitude"]}")
            .ShouldBe(["zhang 5"]);
        seenByLi.Data!["performanceRatings"]!.AsArray().ShouldBeEmpty();
        seenByBoss.Data!["performanceRatings"]!.AsArray().Count.ShouldBe(1);
    }

    [EngineFact]
    public async Task Salespeople_other_teams_bad_scores_and_missing_periods_are_refused_and_nothing_is_written(
        Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var zhang = await api.EnrollAsync("zhang", UserRole.Salesperson);
        var otherBoss = await api.EnrollAsync("otherboss", UserRole.Supervisor, await api.FoundTeamAsync("北方团队"));
        var boss = await api.EnrollAsync("boss", UserRole.Supervisor);
        var zhangId = (await api.PostAsync(zhang, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();
        var bossId = (await api.PostAsync(boss, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();

        var bySalesperson = await api.PostAsync(zhang, Rate, Input(zhangId, 5, 5, 5));
        var byOtherTeam = (await api.PostAsync(otherBoss, Rate, Input(zhangId, 3, 3, 3))).Data!["ratePerformance"]!;
        var outOfRange = (await api.PostAsync(boss, Rate, Input(zhangId, 6, 3, 3))).Data!["ratePerformance"]!;
        var inverted = (await api.PostAsync(boss, Rate, Input(zhangId, 3, 3, 3, periodEnd: "2026-01-31"))).Data![
            "ratePerformance"]!;
        var aSupervisor = (await api.PostAsync(boss, Rate, Input(bossId, 3, 3, 3))).Data!["ratePerformance"]!;

        bySalesperson.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("ROLE_NOT_ALLOWED");
        byOtherTeam["errors"]![0]!["__typename"]!.GetValue<string>().ShouldBe("NotFoundError");
        (outOfRange["errors"]![0]!["code"]!.GetValue<string>(), outOfRange["errors"]![0]!["field"]!.GetValue<string>())
            .ShouldBe(("SCORE_OUT_OF_RANGE", "serviceAttitude"));
        inverted["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("PERIOD_INVERTED");
        aSupervisor["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("NOT_A_SALESPERSON");
        (await api.WithDbAsync(db => db.PerformanceRatings.CountAsync())).ShouldBe(0);
    }
}
