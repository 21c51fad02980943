using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Users;
using CrmGraph.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Reminders;

/// <summary>
/// Two server nodes on one PostgreSQL: a reminder stored by either reaches a subscriber on the other, once.
/// </summary>
public sealed class TwoNodeReminderTests
{
    [Fact]
    public async Task A_reminder_stored_by_one_node_reaches_a_subscriber_on_the_other_and_racing_scans_store_it_once()
    {
        await using var a = await TestApi.StartAsync(Engine.Postgres);
        await using var b = SecondNode(a);
        await a.EnrollAsync("rep", UserRole.Salesperson);
        await WaitForListenersAsync(a, expected: 2);
        await using var dashboard = await Security.SubscriptionClient.ConnectAsync(
            b, await b.TokenAsync("rep"), "subscription { onReminder { id kind customerId } }");

        // Stored by node A alone: node B hears of it only through PostgreSQL.
        var first = await PlanOverdueAsync(a, "王先生");
        (await ScanAsync(a)).ShouldBe(1);
        var fromA = await dashboard.NextAsync();

        // Both nodes scan at once: the unique cause key lets one of them store it.
        var second = await PlanOverdueAsync(a, "李女士");
        var stored = await Task.WhenAll(ScanAsync(a), ScanAsync(b));
        var fromEither = await dashboard.NextAsync();

        stored.Sum().ShouldBe(1);
        var reminders = await a.WithDbAsync(db => db.Reminders.AsNoTracking().OrderBy(r => r.Id).ToListAsync());
        reminders.Select(r => (r.CustomerId, r.Kind)).ShouldBe([
            (first, Domain.Reminders.ReminderKind.FollowUpOverdue),
            (second, Domain.Reminders.ReminderKind.FollowUpOverdue)]);
        Payload(fromA).ShouldBe(
            ($"{GlobalId.Format("Reminder", reminders[0].Id)}", "FOLLOW_UP_OVERDUE", GlobalId.Format(
                "Customer", first)));
        Payload(fromEither).ShouldBe(
            ($"{GlobalId.Format("Reminder", reminders[1].Id)}", "FOLLOW_UP_OVERDUE", GlobalId.Format(
                "Customer", second)));
        (await dashboard.NextOrNoneAsync(TimeSpan.FromSeconds(2))).ShouldBeNull("a reminder arrived twice");
    }

    /// <summary>Another server on the first one's PostgreSQL database, with ids of its own.</summary>
    internal static TestApi SecondNode(TestApi first, IReadOnlyDictionary<string, string>? settings = null)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "crmgraph-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var second = TestApi.Start(Engine.Postgres, dataDirectory, first.ConnectionString, settings);
        second.Ids.StartAfter(1_000_000);
        return second;
    }

    private static (string, string, string) Payload(System.Text.Json.Nodes.JsonNode? message)
    {
        var reminder = message!["payload"]!["data"]!["onReminder"]!;
        return (reminder["id"]!.GetValue<string>(), reminder[
            "kind"]!.GetValue<string>(), reminder["customerId"]!.GetValue<string>());
    }

    private static async Task<int> ScanAsync(TestApi node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FollowUpReminderScan>().RunAsync(CancellationToken.None);
    }

    /// <summary>A customer of "rep" whose follow-up, entered just now, fell due three hours ago.</summary>
    internal static Task<Guid> PlanOverdueAsync(TestApi api, string name) => api.WithDbAsync(async db =>
    {
        var rep = await db.Users.AsNoTracking().SingleAsync(u => u.Login == "rep");
        var now = api.Clock.GetUtcNow();
        var customer = Customer.Register(
            api.Ids.NewId(), rep.TeamId, rep.Id, CustomerKind.Individual, name, null, now.AddDays(-2));
        db.Customers.Add(customer);
        db.FollowUpPlans.Add(FollowUpPlan.Schedule(
            api.Ids.NewId(), rep.TeamId, customer.Id, rep.Id, now.AddHours(-3), FollowUpChannel.Phone,
            FollowUpPurpose.FirstContact, null, now));
        await db.SaveChangesAsync();
        return customer.Id;
    });

    // Each node's wake-up listener opens its connection at start; notifications sent before it listens would be missed.
    private static Task<int> WaitForListenersAsync(TestApi api, int expected) =>
        Eventually.ReadAsync(
            () => api.WithDbAsync(
                db => db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE " +
                    "datname = current_database() AND query = 'LISTEN crm_reminders'").SingleAsync()),
            listening => listening >= expected,
            $"{expected} nodes listening for reminder wake-ups");
}
