using CrmGraph.Api.Tests.CommandLine;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>
/// The <c>import</c> and <c>export</c> verbs as an administrator runs them, in this process (<see cref="ApiVerb"/>;
/// CommandLineVerbTests runs the real executable).
/// </summary>
public sealed class SheetVerbTests : IDisposable
{
    private readonly string _directory = Path.Combine(
        Path.GetTempPath(), "crmgraph-sheet-cli", Guid.NewGuid().ToString("N"));

    public SheetVerbTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task Import_dry_run_then_import_then_export_and_reimport_with_skip()
    {
        var customers = Path.Combine(_directory, "客户信息表.csv");
        await File.WriteAllBytesAsync(customers, SheetFiles.Csv(CustomerExamples.File(CustomerExamples.Rows.Select(
            r => r.Select((v, i) => i is 14 or 21 ? null : i == 20 && v == "A级" ? "B级" : v).ToArray()).ToArray())));
        var exported = Path.Combine(_directory, "out.xlsx");

        var dry = await RunAsync("import", "customers", customers, "--dry-run");
        var real = await RunAsync("import", "客户信息表", customers);
        var export = await RunAsync("export", "customers", exported);
        var again = await RunAsync("import", "customers", exported, "--on-duplicate", "skip");

        dry.ExitCode.ShouldBe(0, dry.Output);
        dry.Output.ShouldContain(
            "Dry run, nothing written: 客户信息表.csv (sheet '客户信息表'), 4 rows: 4 created, 0 updated, 0 skipped, 0 refused.");
        dry.Output.ShouldContain("  备注 -> 备注 (notes)"); // the mapping; 备注 was an unknown column before issue #20
        real.Output.ShouldContain(
            "Imported: 客户信息表.csv (sheet '客户信息表'), 4 rows: 4 created", Case.Sensitive, real.Output);
        export.Output.ShouldContain($"Exported 4 rows of the 客户信息表 to {exported}.");
        again.Output.ShouldContain("Imported: out.xlsx (sheet '客户信息表'), 4 rows: 0 created, 0 updated, 4 skipped, 0 " +
            "refused.", Case.Sensitive, again.Output);
    }

    [Fact]
    public async Task The_cadence_sheet_dry_run_prints_each_setting_old_to_new_and_exports_back()
    {
        var file = Path.Combine(_directory, "跟进策略.csv");
        await File.WriteAllBytesAsync(file, SheetFiles.Csv([["客户类型", "跟进频率", "目标"], ["B类", "每周２次", "2周内升为A级"]]));
        var exported = Path.Combine(_directory, "cadence.csv");

        var dry = await RunAsync("import", "auto", file, "--dry-run");
        var real = await RunAsync("import", "cadence", file);
        var export = await RunAsync("export", "跟进策略", exported);

        dry.ExitCode.ShouldBe(0, dry.Output);
        dry.Output.ShouldContain(
            "  row 2: B类: cadence.gradeBDays 3 → 4; 目标 not imported 未导入: 2周内升为A级", Case.Sensitive, dry.Output);
        real.Output.ShouldContain("1 rows: 0 created, 1 updated, 0 skipped, 0 refused.", Case.Sensitive, real.Output);
        export.Output.ShouldContain($"Exported 7 rows of the 跟进策略 to {exported}.", Case.Sensitive, export.Output);
        (await File.ReadAllTextAsync(exported)).ShouldContain("B类,每4天");
    }

    [Fact]
    public async Task Import_says_what_reminders_the_next_scan_will_make_in_a_dry_run_and_a_real_run()
    {
        var file = Path.Combine(_directory, "new.csv");
        var firstContact = DateTime.UtcNow.AddDays(-10)
            .ToString("yyyy/M/d", System.Globalization.CultureInfo.InvariantCulture);
        await File.WriteAllBytesAsync(file, SheetFiles.Csv([["客户名称", "首次接触时间"],
            .. Enumerable.Range(0, 25).Select(i => new[] { $"新客户{i}", firstContact })]));

        var dry = await RunAsync("import", "customers", file, "--dry-run");
        var real = await RunAsync("import", "customers", file);

        foreach (var run in new[] { dry, real })
        {
            run.ExitCode.ShouldBe(0, run.Output);
            run.Output.ShouldContain(
                "Reminders the next customer scan will make: 1 (1 digests), at most 1 for one person.",
                Case.Sensitive, run.Output);
            run.Output.ShouldContain(
                "  NewCustomerWithoutFollowUp: 1 (1 digests) about 25 customers, at most 1 for one person.");
        }
    }

    [Fact]
    public async Task A_refused_file_exits_3_listing_each_row_and_column()
    {
        var file = Path.Combine(_directory, "bad.csv");
        await File.WriteAllBytesAsync(
            file, SheetFiles.Csv([["客户名称", "客户等级", "首次接触时间"], ["好公司", "B", "2026/2/1"], ["坏公司", "S级", "明天"]]));

        var (exitCode, output) = await RunAsync("import", "customers", file);

        exitCode.ShouldBe(3, output);
        output.ShouldContain(
            "Refused, nothing written: bad.csv (sheet 'bad'), 2 rows: 1 created, 0 updated, 0 skipped, 1 refused.");
        output.ShouldContain("bad row 3, column 客户等级: INVALID_CELL: 'S级' is not a grade; use one of: A级, B级, C级.");
        output.ShouldContain("bad row 3, column 首次接触时间: INVALID_CELL: '明天' is not a date");
    }

    [Theory]
    [InlineData("import", "orders", "x.csv")]
    [InlineData("import", "customers")]
    [InlineData("export", "contracts", "x.csv")]
    public async Task Wrong_arguments_print_the_usage_and_exit_2(params string[] arguments)
    {
        var (exitCode, output) = await RunAsync(arguments);

        exitCode.ShouldBe(2);
        output.ShouldContain("Usage: dotnet run --project src/Api --");
    }

    [Fact]
    public async Task A_missing_file_and_a_bad_option_are_named()
    {
        (await RunAsync("import", "customers", Path.Combine(_directory, "none.csv"))).Output.ShouldContain(
            "No file at");
        (await RunAsync("import", "customers", "x.csv", "--on-duplicate", "merge")).Output.ShouldContain(
            "--on-duplicate must be refuse, skip or update; it is 'merge'.");
        (await RunAsync("export", "customers", "x.csv", "--format", "pdf")).Output.ShouldContain(
            "--format must be xlsx, csv or csv-gbk; it is 'pdf'.");
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var (exitCode, output, error) = await ApiVerb.RunAsync(Path.Combine(_directory, "data"), arguments);
        return (exitCode, output + error);
    }
}
