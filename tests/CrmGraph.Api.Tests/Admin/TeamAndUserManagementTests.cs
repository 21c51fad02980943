using System.Net;
using CrmGraph.Domain.Users;
using static CrmGraph.Api.Tests.Customers.CustomerRecordMutationTests;

namespace CrmGraph.Api.Tests.Admin;

public sealed class TeamAndUserManagementTests
{
    private const string Errors = "errors { __typename ... on Error { code message } ... on ValidationError { field " +
        "} }";
    private const string UpdateTeam = "mutation($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: " +
        "$input) { team { name timeZone customSources pool { dailyClaimCap reclaimAfterDaysGradeA } " +
        "evaluationWeights { salesAmount satisfaction } version } " + Errors + " } }";

    [EngineFact]
    public async Task A_supervisor_changes_the_team_rules_all_checked_together(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var sue = await api.EnrollAsync("sue", UserRole.Supervisor);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var olga = await api.EnrollAsync("olga", UserRole.Supervisor, await api.FoundTeamAsync("华南团队"));
        var teamId =
            (await api.PostAsync(sue, "{ me { team { id } } }")).Data!["me"]!["team"]!["id"]!.GetValue<string>();

        var changed = await api.PostAsync(sue, UpdateTeam, new { input = new { teamId, expectedVersion = 0, customSources = new[] { "展会" }, pool = new { dailyClaimCap = 5, reclaimAfterDaysGradeA = 10 }, evaluationWeights = new { salesAmount = 25, satisfaction = 10 } } });
        var badWeights = await api.PostAsync(
            sue, UpdateTeam, new { input = new { teamId, name = "改名", evaluationWeights = new { salesAmount = 90 } } });
        var byAlice = await api.PostAsync(alice, UpdateTeam, new { input = new { teamId, name = "x" } });
        var byOlga = await api.PostAsync(olga, UpdateTeam, new { input = new { teamId, name = "x" } });
        var after = await api.PostAsync(alice, "{ me { team { name pool { dailyClaimCap holdingCap } cadence { " +
            "gradeADays } reminders { dueSoonHours } } } }");

        changed.Data!["updateTeamSettings"]!["errors"].ShouldBeNull(changed.ToString());
        changed.ToString().MatchSnapshot();
        badWeights.Data!["updateTeamSettings"]!["errors"]![0]!["code"]!.GetValue<string>()
            .ShouldBe("WEIGHTS_MUST_SUM_TO_100");
        badWeights.Data!["updateTeamSettings"]!["errors"]![0]!["field"]!.GetValue<string>()
            .ShouldBe("evaluationWeights");
        badWeights.Data!["updateTeamSettings"]!["errors"]![0]!["message"]!.GetValue<string>().ShouldBe(
            "Evaluation weights must sum to 100; they sum to 165: satisfaction 10 + complaintRate 10 + salesAmount " +
            "90 + newCustomers 10 + "
            + "conversionRate 15 + followUpTimeliness 10 + serviceAttitude 7 + professionalAbility 7 + " +
                "customerFeedback 6 = 165.");
        byAlice.Status.ShouldBe(403);
        byAlice.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("ROLE_NOT_ALLOWED");
        byOlga.Data!["updateTeamSettings"]!["errors"]![0]!["__typename"]!.GetValue<string>().ShouldBe("NotFoundError");
        after.Data!["me"]!["team"]!["name"]!.GetValue<string>().ShouldNotBe("改名");
        after.Data!["me"]!["team"]!["pool"]!["dailyClaimCap"]!.GetValue<int>().ShouldBe(5);
        after.Data!["me"]!["team"]!["pool"]!["holdingCap"]!.GetValue<int>().ShouldBe(200);
    }

    [EngineFact]
    public async Task An_admin_manages_users_and_a_deactivated_users_token_stops_working(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var admin = await api.TokenAsync("admin");
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var aliceId = await MeAsync(api, alice);
        var adminId = await MeAsync(api, admin);
        var south = await api.PostAsync(admin, "mutation { createTeam(input: { name: \"华南团队\" }) { team { id } } }");
        var southId = south.Data!["createTeam"]!["team"]!["id"]!.GetValue<string>();
        await CreateAsync(
            api, alice, "mutation { createCustomer(input: { name: \"李四\", kind: INDIVIDUAL }) { customer { id } } }");
        const string update = "mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { displayName " +
            "role team { name } } " + Errors + " } }";
        const string deactivate = "mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { " +
            "login } " + Errors + " } }";

        var promoted = await api.PostAsync(
            admin, update, new { input = new { userId = aliceId, displayName = "王丽", role = "SUPERVISOR" } });
        var moveWithCustomers = await api.PostAsync(
            admin, update, new { input = new { userId = aliceId, teamId = southId } });
        var byAlice = await api.PostAsync(alice, deactivate, new { input = new { userId = adminId } });
        var selfDemotion = await api.PostAsync(
            admin, update, new { input = new { userId = adminId, role = "SALESPERSON" } });
        await api.PostAsync(admin, deactivate, new { input = new { userId = aliceId } });
        var locked = await api.PostAsync(alice, "{ me { id } }");
        await api.PostAsync(admin, "mutation($input: ReactivateUserInput!) { reactivateUser(input: $input) { user { " +
            "login } } }", new { input = new { userId = aliceId } });
        var back = await api.PostAsync(alice, "{ me { displayName role } }");

        promoted.Data!["updateUser"]!["user"]!["role"]!.GetValue<string>().ShouldBe("SUPERVISOR");
        promoted.Data!["updateUser"]!["user"]!["displayName"]!.GetValue<string>().ShouldBe("王丽");
        moveWithCustomers.Data!["updateUser"]!["errors"]![0]!["code"]!.GetValue<string>()
            .ShouldBe("USER_STILL_OWNS_CUSTOMERS");
        byAlice.Status.ShouldBe(403);
        byAlice.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("ROLE_NOT_ALLOWED");
        selfDemotion.Data!["updateUser"]!["errors"]![0]!["code"]!.GetValue<string>()
            .ShouldBe("SELF_DEMOTION_NOT_ALLOWED");
        locked.Status.ShouldBe((int)HttpStatusCode.Unauthorized);
        back.Data!["me"]!["role"]!.GetValue<string>().ShouldBe("SUPERVISOR");
    }
}
