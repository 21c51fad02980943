using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace CrmGraph.Api.Tests.Benchmarks;

/// <summary>
/// Issue #5: 10,000 idle graphql-transport-ws subscribers on one node at ≤ 100 KB each. Real sockets over loopback to
/// Kestrel; the clients run in a Node process (<c>conformance/idle-subscribers.mjs</c>) so this process's memory is
/// the server's. Measures the managed heap after a full GC and the resident set before and after, per subscriber,
/// then checks a reminder still reaches every idle subscriber of a sample of users. Runs only when
/// <c>CRM_SOCKET_BENCHMARK=1</c> (docs/benchmarks.md).
/// </summary>
public sealed class IdleSubscriberBenchmark(ITestOutputHelper output)
{
    private const double TargetBytesPerSubscriber = 100 * 1024;

    [BenchmarkFact(SubscriberWorld.Variable)]
    public async Task Ten_thousand_idle_subscribers_cost_at_most_100_KB_each_and_stay_alive()
    {
        var subscribers = SubscriberWorld.Setting("CRM_SOCKET_BENCHMARK_SUBSCRIBERS", 10_000);
        var salespeople = SubscriberWorld.Setting("CRM_SOCKET_BENCHMARK_USERS", 100);

        // CRM_SOCKET_BENCHMARK_SUBSCRIBE=0: acknowledged sockets without a subscription, to split the cost (no delivery
        // check).
        var subscribe = Environment.GetEnvironmentVariable("CRM_SOCKET_BENCHMARK_SUBSCRIBE") != "0";
        await using var api = await TestApi.StartOnLoopbackAsync(SubscriberWorld.EngineSetting());
        var world = await SubscriberWorld.CreateAsync(api, salespeople);
        var tokens = JsonSerializer.Serialize(world.Users.Select(u => u.Token));
        var idleHub = world.HubSubscribers;

        // Warm-up: the same path once at a small scale, so JIT and first-use caches are not counted per subscriber.
        await using (var warmUp = await NodeSubscribers.StartAsync(api.LoopbackGraphQL!, tokens, 200, subscribe))
        {
            (await warmUp.ReadyAsync()).ShouldBe(200);
        }

        await world.WaitForHubSubscribersAsync(n => n == idleHub, TimeSpan.FromSeconds(60), "warm-up sockets closed");
        var before = Memory.Measure();
        var replaysBefore = ReplayReads(api);

        var started = Stopwatch.GetTimestamp();
        await using var clients = await NodeSubscribers.StartAsync(
            api.LoopbackGraphQL!, tokens, subscribers, subscribe);
        var ready = await clients.ReadyAsync();
        ready.ShouldBe(subscribers, "every socket is acknowledged and subscribed");

        // Each socket's credential watch listens on the hub, and each subscription's reminder feed.
        await world.WaitForHubSubscribersAsync(
            n => n >= idleHub + ((subscribe ? 2 : 1) * subscribers), TimeSpan.FromSeconds(120), "subscriptions live");
        var connected = Stopwatch.GetElapsedTime(started);
        if (subscribe)
        {
            // Each feed's first read of stored reminders (one page each: none are stored yet) has been issued.
            await Eventually.UntilAsync(
                () => ReplayReads(api) >= replaysBefore + subscribers, "each feed's first read");
        }

        var after = Memory.Measure();

        // Alive: one reminder for each of a sample of users reaches every socket of those users.
        var sample = world.Users.Take(subscribe ? Math.Min(10, salespeople) : 0).ToList();
        await world.StoreAsync(sample.Select(u => u.Id));
        var sampleSockets = Enumerable.Range(0, subscribers).Where(i => i % salespeople < sample.Count).ToList();
        var reached = await clients.WaitUntilReceivedAsync(sampleSockets, Eventually.OuterBound);
        var open = await clients.OpenAsync();

        var managed = (after.ManagedBytes - before.ManagedBytes) / (double)subscribers;
        var resident = (after.ResidentBytes - before.ResidentBytes) / (double)subscribers;
        var report = string.Create(CultureInfo.InvariantCulture,
            $"{subscribers} idle {(subscribe ? "subscribers" : "sockets without a subscription")} ({salespeople} " +
            $"users, {api.Engine}) connected in {connected.TotalSeconds:F1} s; per subscriber: managed heap " +
            $"{managed / 1024:F1} KB, " +
            $"resident set {resident / 1024:F1} KB (managed {before.ManagedBytes / 1048576.0:F0} → " +
            $"{after.ManagedBytes / 1048576.0:F0} MB, " +
            $"RSS {before.ResidentBytes / 1048576.0:F0} → {after.ResidentBytes / 1048576.0:F0} MB); sockets open at " +
            $"the end {open}; " +
            $"a reminder reached {reached} of {sampleSockets.Count} sampled sockets");
        output.WriteLine(report);
        Console.WriteLine($"[benchmark] {report}");

        open.ShouldBe(subscribers, report);
        reached.ShouldBe(sampleSockets.Count, report);
        resident.ShouldBeLessThanOrEqualTo(TargetBytesPerSubscriber, report);
        managed.ShouldBeLessThanOrEqualTo(TargetBytesPerSubscriber, report);
    }

    /// <summary>The reads of a recipient's stored reminders in commit order, as a reminder feed issues them.</summary>
    private static int ReplayReads(TestApi api) => api.SqlCommands.Commands.Count(c =>
        c.Sql.Contains("recipient_sequence", StringComparison.OrdinalIgnoreCase)
        && c.Sql.Contains("ORDER BY", StringComparison.OrdinalIgnoreCase));

    private readonly record struct Memory(long ManagedBytes, long ResidentBytes)
    {
        public static Memory Measure()
        {
            for (var i = 0; i < 3; i++)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
            }

            var rss = File.ReadLines("/proc/self/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            var kb = long.Parse(rss["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            return new Memory(GC.GetTotalMemory(forceFullCollection: true), kb * 1024);
        }
    }

    /// <summary>The Node client process: sockets are opened on start; counts are asked for over stdin.</summary>
    private sealed class NodeSubscribers : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly int _count;

        private NodeSubscribers(Process process, int count)
        {
            _process = process;
            _count = count;
        }

        public static async Task<NodeSubscribers> StartAsync(Uri graphql, string tokensJson, int count, bool subscribe)
        {
            var directory = Path.Combine(CrmGraph.Tests.Shared.RepositoryPaths.Root, "conformance");
            if (!Directory.Exists(Path.Combine(directory, "node_modules", "ws")))
            {
                throw new InvalidOperationException(
                    $"Run `npm ci` in {directory} first (the benchmark's clients use its `ws` package).");
            }

            var start = new ProcessStartInfo("node", "idle-subscribers.mjs")
            {
                WorkingDirectory = directory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = false,
            };
            start.Environment["CRM_URL"] = new UriBuilder(graphql) { Scheme = "ws" }.Uri.ToString();
            start.Environment["CRM_SUBSCRIBERS"] = count.ToString(CultureInfo.InvariantCulture);
            start.Environment["CRM_SUBSCRIBE"] = subscribe ? "1" : "0";
            var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
            await process.StandardInput.WriteLineAsync(tokensJson);
            await process.StandardInput.FlushAsync();
            return new NodeSubscribers(process, count);
        }

        public async Task<int> ReadyAsync()
        {
            var line = await ReadAsync(TimeSpan.FromMinutes(10));
            var failures = line["failures"]!.AsArray();
            if (failures.Count > 0)
            {
                throw new InvalidOperationException(
                    $"{_count - line["ready"]!.GetValue<int>()} sockets failed: {failures.ToJsonString()}");
            }

            return line["ready"]!.GetValue<int>();
        }

        public async Task<int> OpenAsync() => (await CountAsync())["open"]!.GetValue<int>();

        /// <summary>
        /// How many of <paramref name="sockets"/> received at least one reminder by the time they all did or the
        /// timeout passed.
        /// </summary>
        public async Task<int> WaitUntilReceivedAsync(List<int> sockets, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                var received = (await CountAsync())["received"]!.AsArray();
                var reached = sockets.Count(i => received[i]!.GetValue<int>() > 0);
                if (reached == sockets.Count || DateTime.UtcNow > deadline)
                {
                    return reached;
                }

                await Task.Delay(200);
            }
        }

        private async Task<JsonNode> CountAsync()
        {
            await _process.StandardInput.WriteLineAsync("count");
            await _process.StandardInput.FlushAsync();
            return await ReadAsync(TimeSpan.FromSeconds(60));
        }

        private async Task<JsonNode> ReadAsync(TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            var line = await _process.StandardOutput.ReadLineAsync(cancel.Token)
                ?? throw new InvalidOperationException("The node client process ended.");
            return JsonNode.Parse(line)!;
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await _process.StandardInput.WriteLineAsync("close");
                await _process.StandardInput.FlushAsync();
                using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await _process.WaitForExitAsync(cancel.Token);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }
    }
}
