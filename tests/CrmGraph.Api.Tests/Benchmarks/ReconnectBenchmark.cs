using System.Diagnostics;
using System.Globalization;
using CrmGraph.Api.GraphQL.Relay;
using Xunit.Abstractions;

namespace CrmGraph.Api.Tests.Benchmarks;

/// <summary>
/// Issue #5: 0 of 10,000 reminders lost while 1 % of subscriber sockets are killed and reconnect. One subscriber per
/// salesperson on real loopback sockets (Kestrel, SQLite); reminders are stored at a steady rate through the outbox
/// (one transaction per batch, published after commit) while every interval a random 1 % of the sockets is aborted
/// with no close handshake and reconnects with <c>onReminder(after: last id received)</c>. At the end every reminder
/// must have reached its recipient; duplicates are counted and must be 0 too. Runs only when
/// <c>CRM_SOCKET_BENCHMARK=1</c> (docs/benchmarks.md).
/// </summary>
public sealed class ReconnectBenchmark(ITestOutputHelper output)
{
    [BenchmarkFact(SubscriberWorld.Variable)]
    public async Task No_reminder_is_lost_or_repeated_while_one_percent_of_sockets_are_killed_and_reconnect()
    {
        var subscribers = SubscriberWorld.Setting("CRM_SOCKET_BENCHMARK_RECONNECT_SUBSCRIBERS", 1_000);
        var total = SubscriberWorld.Setting("CRM_SOCKET_BENCHMARK_REMINDERS", 10_000);
        var perSecond = SubscriberWorld.Setting("CRM_SOCKET_BENCHMARK_RATE", 250);
        var killEvery = TimeSpan.FromMilliseconds(SubscriberWorld.Setting("CRM_SOCKET_BENCHMARK_KILL_MS", 500));
        await using var api = await TestApi.StartOnLoopbackAsync(SubscriberWorld.EngineSetting());
        var world = await SubscriberWorld.CreateAsync(api, subscribers);
        var idleHub = world.HubSubscribers;
        var clients = world.Users.Select(u => new ResumingSubscriber(api.LoopbackGraphQL!, u.Token)).ToList();
        try
        {
            using (var connecting = new SemaphoreSlim(50))
            {
                await Task.WhenAll(clients.Select(async c =>
                {
                    await connecting.WaitAsync();
                    try
                    {
                        await c.ConnectAsync();
                    }
                    finally
                    {
                        connecting.Release();
                    }
                }));
            }

            await world.WaitForHubSubscribersAsync(
                n => n >= idleHub + (2 * subscribers), TimeSpan.FromSeconds(120), "subscriptions live");

            var started = Stopwatch.GetTimestamp();
            var expected = new List<(int Subscriber, string Id)>(total);
            using var producing = new CancellationTokenSource();
            var killer = KillAsync(clients, Math.Max(1, subscribers / 100), killEvery, producing.Token);
            var batch = Math.Max(1, perSecond / 10);
            using (var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(100)))
            {
                while (expected.Count < total && await tick.WaitForNextTickAsync())
                {
                    var recipients = Enumerable.Range(expected.Count, Math.Min(batch, total - expected.Count))
                        .Select(n => n % subscribers)
                        .ToList();
                    var ids = await world.StoreAsync(recipients.Select(r => world.Users[r].Id));
                    expected.AddRange(recipients.Zip(ids, (r, id) => (r, GlobalId.Format("Reminder", id))));
                }
            }

            var produced = Stopwatch.GetElapsedTime(started);
            await producing.CancelAsync();
            var kills = await killer;

            try
            {
                await Eventually.UntilAsync(
                    () => clients.Sum(c => c.ReceivedCount) >= total, "every reminder delivered");
            }
            catch (TimeoutException)
            {
                // Reported below as lost reminders.
            }

            var drained = Stopwatch.GetElapsedTime(started);
            var lost = expected.Count(e => !clients[e.Subscriber].HasReceived(e.Id));
            var duplicates = clients.Sum(c => c.Duplicates);
            var report = string.Create(CultureInfo.InvariantCulture,
                $"{api.Engine}: {total} reminders to {subscribers} subscribers stored in {produced.TotalSeconds:F1} " +
                $"s ({total / produced.TotalSeconds:F0}/s), " +
                $"{kills} sockets killed and resumed ({subscribers / 100} every {killEvery.TotalMilliseconds:F0} " +
                $"ms); all delivered after {drained.TotalSeconds:F1} s; " +
                $"lost {lost}, duplicates {duplicates}");
            output.WriteLine(report);
            Console.WriteLine($"[benchmark] {report}");

            lost.ShouldBe(0, report);
            duplicates.ShouldBe(0, report);
            kills.ShouldBeGreaterThan(0, report);
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Every interval aborts a random <paramref name="each"/> of the sockets and lets them resume; returns how many
    /// were killed.
    /// </summary>
    private static async Task<int> KillAsync(
        List<ResumingSubscriber> clients, int each, TimeSpan interval, CancellationToken stop)
    {
        var kills = 0;
        var resuming = new List<Task<bool>>();
        using var tick = new PeriodicTimer(interval);
        try
        {
            while (await tick.WaitForNextTickAsync(stop))
            {
                foreach (var index in Enumerable.Range(0, clients.Count).OrderBy(_ => Random.Shared.Next()).Take(each))
                {
                    resuming.Add(clients[index].KillAndResumeAsync());
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Production ended.
        }

        foreach (var resumed in await Task.WhenAll(resuming))
        {
            kills += resumed ? 1 : 0;
        }

        return kills;
    }
}
