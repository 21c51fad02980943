using System.Diagnostics;
using System.Globalization;
using System.Text;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Sheets.Import;
using CrmGraph.Api.Sheets.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CrmGraph.Api.Tests.Benchmarks;

/// <summary>
/// The 100,000-row customer import (issue #8: ≤ 60 s on both engines, memory flat). A harness, not a unit test: it
/// runs only when <c>CRM_SHEETS_BENCHMARK=1</c> (see docs/benchmarks.md). It imports a small and a large generated
/// file into fresh databases, sampling the managed heap and working set, and prints one line per run.
/// </summary>
public sealed class SheetImportBenchmark(ITestOutputHelper output)
{
    public const string Variable = "CRM_SHEETS_BENCHMARK";

    [BenchmarkFact]
    public Task Customers_100k_on_SQLite() => RunAsync(Engine.Sqlite);

    [BenchmarkFact]
    public Task Customers_100k_on_PostgreSQL() => RunAsync(Engine.Postgres);

    private async Task RunAsync(Engine engine)
    {
        var rows = int.TryParse(Environment.GetEnvironmentVariable(
            "CRM_SHEETS_BENCHMARK_ROWS"), CultureInfo.InvariantCulture, out var n) ? n : 100_000;
        var small = await ImportAsync(engine, rows / 10);
        var large = await ImportAsync(engine, rows);
        output.WriteLine($"{engine}: {small}");
        output.WriteLine($"{engine}: {large}");
        Console.WriteLine($"[benchmark] {engine}: {small}");
        Console.WriteLine($"[benchmark] {engine}: {large}");
        large.Seconds.ShouldBeLessThanOrEqualTo(60, large.ToString());
        // Flat memory: ten times the rows may not cost more than a fixed margin over the small run's peak.
        large.PeakHeapMb.ShouldBeLessThan(small.PeakHeapMb + 64, large.ToString());
    }

    private static async Task<Result> ImportAsync(Engine engine, int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"crmgraph-bench-{Guid.NewGuid():N}.csv");
        await WriteFileAsync(path, rows);
        try
        {
            await using var api = await TestApi.StartAsync(engine);
            api.Clock.Now = DateTimeOffset.UtcNow;
            var admin = await api.WithDbAsync(
                db => db.Users.AsNoTracking().SingleAsync(u => u.Login == FirstRunSeeder.AdminLogin));
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var baseline = GC.GetTotalMemory(true);
            long peakHeap = 0, peakWorkingSet = 0;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false) - baseline);
                    peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
                    await Task.Delay(50).ConfigureAwait(false);
                }
            });
            var watch = Stopwatch.StartNew();
            ImportReport report;
            await using (var scope = api.WithScope(sp => sp.CreateAsyncScope()))
            await using (var file = File.OpenRead(path))
            {
                report = await scope.ServiceProvider.GetRequiredService<SheetImportService>()
                    .ImportAsync(Viewer.Of(admin), new ImportRequest(
                        SheetKind.Customers, "bench.csv", false, DuplicateAction.Refuse), file, CancellationToken.None);
            }

            watch.Stop();
            await sampling.CancelAsync();
            await sampler;
            report.Committed.ShouldBeTrue(
                string.Join("; ", report.Refusals.Take(5).Select(r => $"{r.Row} {r.Column} {r.Code} {r.Message}")));
            report.Created.ShouldBe(rows);
            (await api.WithDbAsync(db => db.Customers.CountAsync())).ShouldBe(rows);
            return new Result(
                rows, watch.Elapsed.TotalSeconds, peakHeap / 1024.0 / 1024.0, peakWorkingSet / 1024.0 / 1024.0,
                new FileInfo(path).Length / 1024.0 / 1024.0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Rows shaped like the 客户信息表 example: organizations and individuals, unique phones, emails and names.
    internal static async Task WriteFileAsync(string path, int rows)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        await writer.WriteLineAsync("客户名称,客户类型,联系人,职务,联系电话,邮箱,性别,行业,客户来源,首次接触时间,需求产品,预算范围,预计成交时间,客户等级,标签");
        for (var i = 0; i < rows; i++)
        {
            var line = i % 3 == 0
                ? $"个人客户{i},个人,,,139{i:D8},p{i}@example.cn,{(i % 2 == 0 ? "男" : "女")},,转介绍,2026/1/{1 + (i % 28)},理财咨询" +
                    $",{1 + (i % 9)}万,,C级,"
                : $"星辰科技{i}有限公司,企业,王总{i},总经理,138{i:D8},c{i}@example.cn,,软件,展会,2026年1月{1 + (i % 28)}日,CRM " +
                    $"系统,{10 + (i % 50)}-{80 + (i % 50)}万,2026-12-31,B级,价格敏感、决策链长";
            await writer.WriteLineAsync(line);
        }
    }

    private sealed record Result(int Rows, double Seconds, double PeakHeapMb, double PeakWorkingSetMb, double FileMb)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Rows,7} rows ({FileMb:0.0} MB CSV): {Seconds:0.0} s, {Rows / Seconds:0} rows/s, peak managed heap " +
            $"+{PeakHeapMb:0} MB, peak working set {PeakWorkingSetMb:0} MB");
    }
}

/// <summary>
/// Runs only when <see cref="SheetImportBenchmark.Variable"/> is 1; otherwise reported as skipped, saying how to run
/// it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute(string variable = SheetImportBenchmark.Variable)
    {
        if (Environment.GetEnvironmentVariable(variable) != "1")
        {
            Skip = $"A benchmark: set {variable}=1 to run it (docs/benchmarks.md).";
        }
    }
}
