using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Operations;

/// <summary>
/// OpenTelemetry: GraphQL operations are measured and traced, and the standard OTLP settings export them.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Every_operation_is_measured_with_its_name_and_traced_by_the_GraphQL_source()
    {
        await using var api = await TestApi.StartAsync(Engine.Sqlite);
        var token = await api.TokenAsync("admin");
        var measured = new ConcurrentBag<(double Seconds, string? Name, string? Type, string? Outcome)>();
        var traced = new ConcurrentBag<string>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "CrmGraph" && instrument.Name == "crm.graphql.operation.duration")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            var all = tags.ToArray();
            string? Tag(string key) => all.FirstOrDefault(t => t.Key == key).Value as string;
            measured.Add((value, Tag("graphql.operation.name"), Tag("graphql.operation.type"), Tag("outcome")));
        });
        meters.Start();
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "GraphQL",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => traced.Add(string.Join(' ', a.Tags.Select(t => t.Value))),
        };
        ActivitySource.AddActivityListener(activities);

        await api.PostAsync(token, "query TelemetryProbeQuery { me { login } }");
        await api.PostAsync(token, "query TelemetryProbeBroken { customer(id: \"nope\") { name } }");

        measured.Where(m => m.Name == "TelemetryProbeQuery").ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            m => m.Type.ShouldBe("query"), m => m.Outcome.ShouldBe("ok"), m => m.Seconds.ShouldBeGreaterThan(0));
        measured.Where(m => m.Name == "TelemetryProbeBroken")
            .ShouldHaveSingleItem(string.Join(", ", measured)).Outcome.ShouldBe("error");
        traced.ShouldContain(t => t.Contains("TelemetryProbeQuery", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_an_OTLP_endpoint_no_telemetry_SDK_records_activities_per_request()
    {
        // The sources and meters above still work for a listener; the SDK (which would record the HTTP, GraphQL and
        // SQL activities of every request for nobody) is started only with somewhere to send them.
        await using var api = await TestApi.StartAsync(Engine.Sqlite);

        api.Services.GetService<OpenTelemetry.Trace.TracerProvider>().ShouldBeNull();
        api.Services.GetService<OpenTelemetry.Metrics.MeterProvider>().ShouldBeNull();
    }

    [Fact]
    public async Task The_standard_OTLP_settings_send_traces_and_metrics_to_a_collector()
    {
        using var collector = new FakeOtlpCollector();
        var settings = new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
        };
        await using var api = await TestApi.StartAsync(Engine.Sqlite, settings);
        api.Services.GetService<OpenTelemetry.Trace.TracerProvider>().ShouldNotBeNull();

        await api.PostAsync(await api.TokenAsync("admin"), "query TelemetryExportProbe { me { login } }");

        (await collector.WaitForAsync("/v1/traces", "TelemetryExportProbe"))
            .ShouldBeTrue("a trace naming the operation reached the collector");
        (await collector.WaitForAsync("/v1/metrics", "crm.graphql.operation.duration"))
            .ShouldBeTrue("the operation metric reached the collector");
    }

    /// <summary>
    /// Accepts OTLP/HTTP posts on loopback and keeps their bodies (protobuf keeps strings as UTF-8 bytes).
    /// </summary>
    private sealed class FakeOtlpCollector : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly ConcurrentQueue<(string Path, byte[] Body)> _received = new();

        public FakeOtlpCollector()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Endpoint = $"http://127.0.0.1:{port}";
            _listener.Prefixes.Add(Endpoint + "/");
            _listener.Start();
            _ = Task.Run(AcceptAsync);
        }

        public string Endpoint { get; }

        public async Task<bool> WaitForAsync(string path, string text)
        {
            var needle = Encoding.UTF8.GetBytes(text);
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (DateTime.UtcNow < deadline)
            {
                if (_received.Any(r => r.Path == path && r.Body.AsSpan().IndexOf(needle) >= 0))
                {
                    return true;
                }

                await Task.Delay(100);
            }

            return false;
        }

        public void Dispose() => _listener.Close();

        private async Task AcceptAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                _received.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        }
    }
}
