using CrmGraph.Api.Events;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Reminders;

/// <summary>The reminders connection and what a recipient does with a reminder, on both engines.</summary>
public sealed class ReminderApiTests
{
    private const string Errors = "errors { __typename ... on Error { code } ... on ValidationError { field } }";

    [EngineFact]
    public async Task A_salesperson_reads_snoozes_and_dismisses_their_reminders_and_nobody_else_sees_them(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var customer = (await api.PostAsync(alice, "mutation { createCustomer(input: { name: \"星辰科技\", kind: " +
            "ORGANIZATION }) { customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var ids = await IssueAsync(
            api, customer, ("alice", ReminderKind.FollowUpOverdue), ("alice", ReminderKind.KeyDateAhead),
            ("bob", ReminderKind.FollowUpDueSoon));
        const string List = "{ reminders(where: { isDismissed: { eq: false } }, order: [{ dueAt: ASC }]) { " +
            "totalCount nodes { id kind message readAt snoozedUntil } } }";

        var before = await api.PostAsync(alice, List, acceptLanguage: "zh-CN");
        var read = await api.PostAsync(alice, $"mutation {{ markReminderRead(input: {{ reminderId: \"{ids[0]}\" }}) " +
            $"{{ reminder {{ readAt }} {Errors} }} }}");
        var snoozed = await api.PostAsync(alice, $"mutation {{ snoozeReminder(input: {{ reminderId: \"{ids[1]}\", " +
            $"until: \"2026-03-03T01:00:00Z\" }}) {{ reminder {{ snoozedUntil }} {Errors} }} }}");
        var past = await api.PostAsync(alice, $"mutation {{ snoozeReminder(input: {{ reminderId: \"{ids[1]}\", " +
            $"until: \"2026-03-01T01:00:00Z\" }}) {{ reminder {{ snoozedUntil }} {Errors} }} }}");
        var dismissed = await api.PostAsync(alice, $"mutation {{ dismissReminder(input: {{ reminderId: \"{ids[0]}\" " +
            $"}}) {{ reminder {{ dismissedAt }} {Errors} }} }}");
        var byBob = await api.PostAsync(bob, $"mutation {{ dismissReminder(input: {{ reminderId: \"{ids[1]}\" }}) {{ " +
            $"reminder {{ dismissedAt }} {Errors} }} }}");
        var after = await api.PostAsync(alice, List);
        var bobs = await api.PostAsync(bob, $"{{ reminders {{ totalCount }} node(id: \"{ids[0]}\") {{ id }} }}");

        before.Data!["reminders"]!["totalCount"]!.GetValue<int>().ShouldBe(2);
        before.Data!["reminders"]!["nodes"]![0]!["message"]!.GetValue<string>().ShouldBe("中文提醒 FollowUpOverdue");
        read.Data!["markReminderRead"]!["reminder"]!["readAt"].ShouldNotBeNull();
        snoozed.Data!["snoozeReminder"]!["reminder"]!["snoozedUntil"]!.GetValue<string>()
            .ShouldBe("2026-03-03T01:00:00.000Z");
        past.Data!["snoozeReminder"]!["errors"]![0]!["field"]!.GetValue<string>().ShouldBe("until");
        dismissed.Data!["dismissReminder"]!["reminder"]!["dismissedAt"].ShouldNotBeNull();
        byBob.Data!["dismissReminder"]!["errors"]![0]!["__typename"]!.GetValue<string>().ShouldBe("NotFoundError");
        after.Data!["reminders"]!["nodes"]!.AsArray().Select(n => n!["kind"]!.GetValue<string>()).ShouldBe(
            ["KEY_DATE_AHEAD"]);
        bobs.Data!["reminders"]!["totalCount"]!.GetValue<int>().ShouldBe(1);
        bobs.Data!["node"].ShouldBeNull();
    }

    /// <summary>
    /// Stores reminders as the scans would, one per (login, kind), due a day apart; returns their node ids.
    /// </summary>
    internal static Task<List<string>> IssueAsync(
        TestApi api, string customerGlobalId, params (string Login, ReminderKind Kind)[] reminders) =>
        api.WithDbAsync(async db =>
    {
        GlobalId.TryParse(customerGlobalId, "Customer", out var customerId).ShouldBeTrue();
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId);
        var ids = new List<string>();
        var i = 0;
        foreach (var (login, kind) in reminders)
        {
            var recipient = await db.Users.AsNoTracking().SingleAsync(u => u.Login == login);
            var due = new DueReminder(
                kind, recipient.Id, customer.Id, null, $"test:{login}:{kind}", api.Clock.GetUtcNow().AddDays(-5 + i++),
                $"Reminder {kind}", $"中文提醒 {kind}");
            var reminder = Reminder.Issue(api.Ids.NewId(), customer.TeamId, due, api.Clock.GetUtcNow());
            db.Reminders.Add(reminder);
            ids.Add(GlobalId.Format("Reminder", reminder.Id));
        }

        await db.SaveChangesAsync();
        return ids;
    });
}

/// <summary>onReminder: what was missed since the last id, then live ones, no gap and no duplicate.</summary>
public sealed class ReminderSubscriptionTests
{
    [EngineFact]
    public async Task A_dashboard_gets_what_it_missed_after_its_last_id_then_new_reminders_live(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        await api.EnrollAsync("bob", UserRole.Salesperson);
        var customer = (await api.PostAsync(alice, "mutation { createCustomer(input: { name: \"星辰科技\", kind: " +
            "ORGANIZATION }) { customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var stored = await ReminderApiTests.IssueAsync(
            api, customer, ("alice", ReminderKind.FollowUpOverdue), ("alice", ReminderKind.KeyDateAhead),
            ("bob", ReminderKind.FollowUpDueSoon));

        await using var dashboard = await Security.SubscriptionClient.ConnectAsync(
            api, alice, $"subscription {{ onReminder(after: \"{stored[0]}\") {{ id kind }} }}");
        var missed = await dashboard.NextAsync();
        var live = await ReminderApiTests.IssueAsync(
            api, customer, ("bob", ReminderKind.PoolReclaimWarning), ("alice", ReminderKind.GradeReviewStale));
        var next = await dashboard.NextAsync();

        missed!["payload"]!["data"]!["onReminder"]!["id"]!.GetValue<string>().ShouldBe(stored[1]);
        next!["payload"]!["data"]!["onReminder"]!["id"]!.GetValue<string>().ShouldBe(live[1]);
        next["payload"]!["data"]!["onReminder"]!["kind"]!.GetValue<string>().ShouldBe("GRADE_REVIEW_STALE");
    }

    [EngineFact]
    public async Task A_late_wake_up_for_a_reminder_at_or_before_the_last_id_is_not_sent_again(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var created = await api.PostAsync(
            alice, "mutation { createCustomer(input: { name: \"星辰科技\", kind: ORGANIZATION }) { customer { id } } }");
        var customer = created.Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var stored = await ReminderApiTests.IssueAsync(
            api, customer, ("alice", ReminderKind.FollowUpOverdue), ("alice", ReminderKind.KeyDateAhead));
        var aliceId = await api.WithDbAsync(
            db => db.Users.Where(u => u.Login == "alice").Select(u => u.Id).SingleAsync());
        GlobalId.TryParse(stored[0], "Reminder", out var firstId).ShouldBeTrue();

        await using var dashboard = await Security.SubscriptionClient.ConnectAsync(
            api, alice, $"subscription {{ onReminder(after: \"{stored[0]}\") {{ id }} }}");
        var missed = await dashboard.NextAsync();
        // The first reminder's wake-up arrives only now (as a NOTIFY from another node can), after the replay.
        api.Services.GetRequiredService<EventHub<IDomainEvent>>().Publish(new ReminderIssued(
            firstId, aliceId, Guid.Empty, ReminderKind.FollowUpOverdue, DateTimeOffset.UtcNow));
        var live = await ReminderApiTests.IssueAsync(api, customer, ("alice", ReminderKind.GradeReviewStale));
        var next = await dashboard.NextAsync();

        missed!["payload"]!["data"]!["onReminder"]!["id"]!.GetValue<string>().ShouldBe(stored[1]);
        next!["payload"]!["data"]!["onReminder"]!["id"]!.GetValue<string>().ShouldBe(live[0]);
    }
}
