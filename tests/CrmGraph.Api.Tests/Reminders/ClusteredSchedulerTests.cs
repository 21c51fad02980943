using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Reminders;

/// <summary>
/// On PostgreSQL the nodes share one Quartz cluster: one set of triggers, and a stopped node's scans go on elsewhere.
/// </summary>
public sealed class ClusteredSchedulerTests
{
    private static readonly Dictionary<string, string> Jobs = new()
    {
        ["Crm:Jobs:Enabled"] = "true",
        ["Crm:Jobs:FollowUpSchedule"] = "0/1 * * * * ?",
    };

    [Fact]
    public async Task Two_nodes_form_one_cluster_each_reminder_is_stored_once_and_the_survivor_goes_on_when_a_node_stops()
    {
        var a = await TestApi.StartAsync(Engine.Postgres, Jobs);
        await using var b = TwoNodeReminderTests.SecondNode(a, Jobs);
        await a.EnrollAsync("rep", UserRole.Salesperson);

        // The job store reads the hosts' TimeProvider, which tests freeze: let both clocks run, a second per 200 ms.
        using var stop = new CancellationTokenSource();
        var ticking = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(200);
                a.Clock.Advance(TimeSpan.FromSeconds(1));
                b.Clock.Advance(TimeSpan.FromSeconds(1));
            }
        });

        var nodes = await WaitForAsync(b, "SELECT count(*)::int AS \"Value\" FROM qrtz_scheduler_state", n => n == 2);
        var triggers = await CountAsync(b, "SELECT count(*)::int AS \"Value\" FROM qrtz_triggers");
        await TwoNodeReminderTests.PlanOverdueAsync(a, "王先生");
        var whileBothRun = await WaitForAsync(b, "SELECT count(*)::int AS \"Value\" FROM reminders", n => n >= 1);

        await a.DisposeAsync();
        await TwoNodeReminderTests.PlanOverdueAsync(b, "李女士");
        var afterAStopped = await WaitForAsync(b, "SELECT count(*)::int AS \"Value\" FROM reminders", n => n >= 2);
        await WaitForACompleteScanAsync(b);
        await stop.CancelAsync();
        await ticking;

        (nodes, triggers).ShouldBe((2, 3), "two nodes checked in to one set of triggers (follow-ups, customers, pool)");
        var diag = await b.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT trigger_name || ':' || " +
            "trigger_state || ':' || coalesce(next_fire_time::text,'') AS \"Value\" FROM qrtz_triggers UNION ALL " +
            "SELECT 'node:' || instance_name AS \"Value\" FROM qrtz_scheduler_state UNION ALL SELECT 'fired:' || " +
            "trigger_name || ':' || state || ':' || instance_name FROM qrtz_fired_triggers").ToListAsync());
        (whileBothRun, afterAStopped).ShouldBe((1, 2), string.Join("; ", diag));
        (await b.WithDbAsync(db => db.Reminders.AsNoTracking().Select(r => r.Kind).ToListAsync()))
            .ShouldBe([Domain.Reminders.ReminderKind.FollowUpOverdue, Domain.Reminders.ReminderKind.FollowUpOverdue]);
    }

    /// <summary>
    /// Waits until a follow-up scan that started after now has finished, so a duplicate it stored would be seen: the
    /// job runs one at a time across the cluster, so once the trigger has fired twice more, the first of those fires
    /// (begun after any scan running now) has completed.
    /// </summary>
    private static async Task WaitForACompleteScanAsync(TestApi api)
    {
        const string LastFire = "SELECT coalesce(prev_fire_time, 0) AS \"Value\" FROM qrtz_triggers " +
            "WHERE trigger_name = 'follow-up-reminders-minutely'";
        var now = await api.WithDbAsync(db => db.Database.SqlQueryRaw<long>(LastFire).SingleAsync());
        var next = await Eventually.ReadAsync(
            () =>
                api.WithDbAsync(db => db.Database.SqlQueryRaw<long>(LastFire).SingleAsync()), f =>
                    f > now, "a later fire");
        await Eventually.ReadAsync(
            () =>
                api.WithDbAsync(db => db.Database.SqlQueryRaw<long>(LastFire).SingleAsync()), f =>
                    f > next, "a fire after it");
    }

    private static Task<int> CountAsync(TestApi api, string sql) =>
        api.WithDbAsync(db => db.Database.SqlQueryRaw<int>(sql).SingleAsync());

    // Waits for the rows themselves (however slow a busy machine is); the outer bound only ends a hung test.
    private static Task<int> WaitForAsync(TestApi api, string sql, Func<int, bool> done) =>
        Eventually.ReadAsync(() => CountAsync(api, sql), done, sql);
}
