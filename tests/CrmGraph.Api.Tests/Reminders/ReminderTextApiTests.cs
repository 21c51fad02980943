using CrmGraph.Domain.Users;
using CrmGraph.Jobs.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Reminders;

/// <summary>
/// Reminder text as a reader gets it: the team's local time, the reader's language, relative words as of the read,
/// and the structured instants beside it; the same over a subscription. On both engines.
/// </summary>
public sealed class ReminderTextApiTests
{
    private const string List = "{ reminders { nodes { kind message dueAt occurredAt customerCount customersWhere } " +
        "} }";

    [EngineFact]
    public async Task An_overdue_follow_up_reads_in_Shanghai_time_today_and_then_yesterday_in_both_languages(
        Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var rep = await api.EnrollAsync("rep", UserRole.Salesperson);
        var customerId = await TwoNodeReminderTests.PlanOverdueAsync(api, "深圳华强");   // due 06:00 in Shanghai today
        (await ScanAsync(api)).ShouldBe(1);

        var zh = (await api.PostAsync(rep, List, acceptLanguage: "zh-CN")).Data!["reminders"]!["nodes"]![0]!;
        var en = (await api.PostAsync(rep, List, acceptLanguage: "en")).Data!["reminders"]!["nodes"]![0]!;
        api.Clock.Advance(TimeSpan.FromDays(1));
        var zhNextDay = (await api.PostAsync(rep, List, acceptLanguage: "zh-CN")).Data!["reminders"]!["nodes"]![0]!;
        var enNextDay = (await api.PostAsync(rep, List, acceptLanguage: "en")).Data!["reminders"]!["nodes"]![0]!;

        zh["message"]!.GetValue<string>().ShouldBe("深圳华强 的跟进已逾期（计划时间 今天 06:00）。");
        en["message"]!.GetValue<string>().ShouldBe("Follow-up with 深圳华强 is overdue (due today 06:00).");
        zhNextDay["message"]!.GetValue<string>().ShouldBe("深圳华强 的跟进已逾期（计划时间 昨天 06:00）。");
        enNextDay["message"]!.GetValue<string>().ShouldBe("Follow-up with 深圳华强 is overdue (due yesterday 06:00).");
        zh["dueAt"]!.GetValue<string>().ShouldBe("2026-03-01T22:00:00.000Z");
        zh["occurredAt"].ShouldBeNull();
        zh["customerCount"].ShouldBeNull();
        zh["customersWhere"]!.GetValue<string>().ShouldBe(
            $"{{\"id\":{{\"eq\":\"{CrmGraph.Api.GraphQL.Relay.GlobalId.Format("Customer", customerId)}\"}}}}");
    }

    [EngineFact]
    public async Task A_subscriber_gets_the_text_in_its_language_and_local_time(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var rep = await api.EnrollAsync("rep", UserRole.Salesperson);
        await using var dashboard = await Security.SubscriptionClient.ConnectAsync(api, rep,
            "subscription { onReminder { kind message dueAt } }", acceptLanguage: "zh-CN");

        await TwoNodeReminderTests.PlanOverdueAsync(api, "深圳华强");
        await ScanAsync(api);
        var pushed = (await dashboard.NextAsync())!["payload"]!["data"]!["onReminder"]!;

        pushed["message"]!.GetValue<string>().ShouldBe("深圳华强 的跟进已逾期（计划时间 今天 06:00）。");
        pushed["dueAt"]!.GetValue<string>().ShouldBe("2026-03-01T22:00:00.000Z");
    }

    [EngineFact]
    public async Task A_team_outside_UTC_plus_8_reads_its_own_time_with_the_zone_named(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var lead = await api.EnrollAsync("lead", UserRole.Supervisor);
        var rep = await api.EnrollAsync("rep", UserRole.Salesperson);
        var teamId =
            (await api.PostAsync(lead, "{ me { team { id } } }")).Data!["me"]!["team"]!["id"]!.GetValue<string>();
        var moved = await api.PostAsync(lead,
            "mutation($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { errors { __typename } " +
            "} }",
            new { input = new { teamId, timeZone = "Asia/Tokyo" } });
        moved.Data!["updateTeamSettings"]!["errors"].ShouldBeNull(moved.ToString());

        await TwoNodeReminderTests.PlanOverdueAsync(api, "深圳华强");
        await ScanAsync(api);
        var message = (await api.PostAsync(rep, List, acceptLanguage: "en")).Data!["reminders"]!["nodes"]![0]![
            "message"]!;

        message.GetValue<string>().ShouldBe("Follow-up with 深圳华强 is overdue (due today 07:00 (UTC+9)).");
    }

    [EngineFact]
    public async Task The_digest_settings_are_team_settings_checked_on_update(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var lead = await api.EnrollAsync("lead", UserRole.Supervisor);
        var teamId =
            (await api.PostAsync(lead, "{ me { team { id } } }")).Data!["me"]!["team"]!["id"]!.GetValue<string>();
        const string Update = "mutation($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { "
            + "team { reminders { digestAbove newCustomerWindowDays } } errors { ... on Error { code } ... on " +
                "ValidationError { field } } } }";

        var zero = await api.PostAsync(
            lead, Update, new { input = new { teamId, reminders = new { digestAbove = 0 } } });
        var huge = await api.PostAsync(
            lead, Update, new { input = new { teamId, reminders = new { digestAbove = 5000 } } });
        var shortWindow = await api.PostAsync(
            lead, Update, new { input = new { teamId, reminders = new { newCustomerWindowDays = 3 } } });
        var fine = await api.PostAsync(
            lead, Update,
            new { input = new { teamId, reminders = new { digestAbove = 5, newCustomerWindowDays = 14 } } });

        Error(zero).ShouldBe(("MUST_BE_POSITIVE", "reminders.digestAbove"));
        Error(huge).ShouldBe(("MUST_BE_AT_MOST", "reminders.digestAbove"));
        Error(shortWindow).ShouldBe(("WINDOW_SHORTER_THAN_FIRST_FOLLOW_UP", "reminders.newCustomerWindowDays"));
        fine.Data!["updateTeamSettings"]!["team"]!["reminders"]!["digestAbove"]!.GetValue<int>().ShouldBe(5);
        fine.Data!["updateTeamSettings"]!["team"]!["reminders"]!["newCustomerWindowDays"]!.GetValue<int>().ShouldBe(14);
    }

    private static (string, string) Error(GraphQLResponse response)
    {
        var error = response.Data!["updateTeamSettings"]!["errors"]![0]!;
        return (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>());
    }

    private static async Task<int> ScanAsync(TestApi api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FollowUpReminderScan>().RunAsync(CancellationToken.None);
    }
}
