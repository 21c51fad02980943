using System.Diagnostics;
using System.Globalization;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Sheets.Import;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Users;
using CrmGraph.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CrmGraph.Api.Tests.Benchmarks;

/// <summary>
/// Issue #18: the benchmark's 100,000-customer file imported (first contacts 1–28 Jan), then every scan on 5 Feb and
/// again on 2 March, when the 30-day reclaim clock of every customer has run out (the pool reclaims): nobody may get
/// more than 25 reminders, and every digest's list holds exactly the customers it counts.
/// Runs only when <c>CRM_REMINDER_FLOOD_BENCHMARK=1</c>; <c>CRM_SHEETS_BENCHMARK_ROWS</c> changes the row count.
/// </summary>
public sealed class ImportReminderFloodBenchmark(ITestOutputHelper output)
{
    public const string Variable = "CRM_REMINDER_FLOOD_BENCHMARK";
    private static readonly DateTimeOffset ImportedAt = new(2026, 1, 29, 2, 0, 0, TimeSpan.Zero);

    [BenchmarkFact(Variable)]
    public Task Import_100k_then_scan_on_SQLite() => RunAsync(Engine.Sqlite);

    [BenchmarkFact(Variable)]
    public Task Import_100k_then_scan_on_PostgreSQL() => RunAsync(Engine.Postgres);

    private async Task RunAsync(Engine engine)
    {
        var rows = int.TryParse(Environment.GetEnvironmentVariable(
            "CRM_SHEETS_BENCHMARK_ROWS"), CultureInfo.InvariantCulture, out var n) ? n : 100_000;
        var path = Path.Combine(Path.GetTempPath(), $"crmgraph-flood-{Guid.NewGuid():N}.csv");
        await SheetImportBenchmark.WriteFileAsync(path, rows);
        try
        {
            await using var api = await TestApi.StartAsync(engine);
            api.Clock.Now = ImportedAt;
            await api.EnrollAsync("lead1", UserRole.Supervisor);
            await api.EnrollAsync("lead2", UserRole.Supervisor);
            var admin = await api.WithDbAsync(
                db => db.Users.AsNoTracking().SingleAsync(u => u.Login == FirstRunSeeder.AdminLogin));
            var importWatch = Stopwatch.StartNew();
            await using (var scope = api.WithScope(sp => sp.CreateAsyncScope()))
            await using (var file = File.OpenRead(path))
            {
                var report = await scope.ServiceProvider.GetRequiredService<SheetImportService>()
                    .ImportAsync(Viewer.Of(admin),
                    new ImportRequest(
                        SheetKind.Customers, "bench.csv", false, DuplicateAction.Refuse), file, CancellationToken.None);
                report.Committed.ShouldBeTrue();
                importWatch.Stop();
                output.WriteLine(FormattableString.Invariant(
                    $"{engine}: import {importWatch.Elapsed.TotalSeconds:0.0} s (forecast included): ")
                    + FormattableString.Invariant($"{report.Reminders?.Reminders} reminders forecast at import time"));
            }

            // 5 Feb, 16:00 in Shanghai (past the A-grade hour too): the first scans of every kind. Then 2 March: the
            // 30-day reclaim clock of every imported customer has run out; the scans again, the reclaims among them.
            var (firstScan, firstReclaims, firstSeconds) = await ScanAsync(api, ImportedAt.AddDays(7).AddHours(6));
            var (secondScan, reclaims, secondSeconds) = await ScanAsync(api, ImportedAt.AddDays(32).AddHours(6));
            var stored = firstScan;
            reclaims.ShouldBeGreaterThan(0);

            var perRecipient = await api.WithDbAsync(db => db.Reminders.AsNoTracking().GroupBy(r => r.RecipientId)
                .Select(g => g.Count()).ToListAsync());
            var digests = await api.WithDbAsync(db => db.Reminders.AsNoTracking().Where(r => r.CustomerCount != null)
                .Select(
                    r => new
                    {
                        r.Id,
                        r.Kind,
                        Count = r.CustomerCount!.Value,
                        Listed = db.ReminderDigestCustomers.Count(m => m.ReminderId == r.Id)
                    })
                .ToListAsync());
            var kinds = string.Join(", ", digests.Select(d => $"{d.Kind} {d.Count}"));
            var line = FormattableString.Invariant(
                $"{engine}: {rows} imported; first scans (5 Feb) stored {stored} reminders in {firstSeconds:0.0} s ")
                + FormattableString.Invariant(
                    $"({firstReclaims} reclaimed); scans of 2 March stored {secondScan} more ")
                + FormattableString.Invariant($"and reclaimed {reclaims} customers in {secondSeconds:0.0} s; ")
                + FormattableString.Invariant(
                    $"per recipient at most {perRecipient.DefaultIfEmpty(0).Max()}; digests: {kinds}");
            output.WriteLine(line);
            Console.WriteLine($"[benchmark] {line}");
            perRecipient.ShouldAllBe(count => count <= 25);
            digests.ShouldNotBeEmpty();
            digests.ShouldAllBe(d => d.Listed == d.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The scans a node runs, at <paramref name="at"/>: customers, follow-ups, then pool reclaims.</summary>
    private static async Task<(int Stored, int Reclaimed, double Seconds)> ScanAsync(TestApi api, DateTimeOffset at)
    {
        api.Clock.Now = at;
        var watch = Stopwatch.StartNew();
        var before = await api.WithDbAsync(db => db.Reminders.CountAsync());
        await using var scope = api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CustomerReminderScan>().RunAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<FollowUpReminderScan>().RunAsync(CancellationToken.None);
        var reclaimed = await scope.ServiceProvider.GetRequiredService<PoolReclaimScan>()
            .RunAsync(CancellationToken.None);
        var after = await api.WithDbAsync(db => db.Reminders.CountAsync());
        return (after - before, reclaimed, watch.Elapsed.TotalSeconds);
    }
}
