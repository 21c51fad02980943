using CrmGraph.Api.Tests.CommandLine;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>
/// Issue #20: the import verb's options (--map, --ignore-column, --owner-map, --partial with --refused-rows, a saved
/// column map, a whole workbook) as an administrator runs them: the verb in this process (<see cref="ApiVerb"/>) on a
/// temporary SQLite database.
/// </summary>
public sealed class SheetVerbOptionTests : IDisposable
{
    private readonly string _directory = Path.Combine(
        Path.GetTempPath(), "crmgraph-sheet-options", Guid.NewGuid().ToString("N"));

    public SheetVerbOptionTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task Map_ignore_column_and_owner_map_bring_in_a_sheet_the_synonyms_do_not_know_and_the_map_is_kept()
    {
        string?[] header = ["客户名称", "客户星级", "负责人", "年龄"];
        var file = await WriteAsync(
            "客户.csv", SheetFiles.Csv([header, ["星级公司", "B级", "小王", "35"], ["二号公司", "C级", "小王", "40"]]));
        var again = await WriteAsync("客户2.csv", SheetFiles.Csv([header, ["三号公司", "C级", "admin", "50"]]));

        var refused = await RunAsync("import", "customers", file, "--dry-run");
        var imported = await RunAsync(
            "import", "customers", file, "--map", "客户星级=grade", "--ignore-column", "年龄", "--owner-map", "小王=admin");
        var savedMap = await RunAsync("import", "auto", again);

        refused.ExitCode.ShouldBe(3, refused.Output);
        refused.Output.ShouldContain("客户星级 -> NOT IMPORTED: data in 2 rows would be lost");
        refused.Output.ShouldContain("row 1, column 客户星级: UNMAPPED_COLUMN");
        refused.Output.ShouldContain("row 1, column 年龄: UNMAPPED_COLUMN");
        refused.Output.ShouldContain("row 2, column 负责人: UNKNOWN_USER");
        refused.Output.ShouldContain("小王");
        imported.ExitCode.ShouldBe(0, imported.Output);
        imported.Output.ShouldContain(
            "Imported: 客户.csv (sheet '客户'), 2 rows: 2 created, 0 updated, 0 skipped, 0 refused.");
        imported.Output.ShouldContain("  客户星级 -> 客户等级 (grade)");
        imported.Output.ShouldContain("  年龄 -> ignored (--ignore-column)");
        imported.Output.ShouldContain("(this column map is saved for your team's next sheet with these headers)");
        savedMap.ExitCode.ShouldBe(0, savedMap.Output);
        savedMap.Output.ShouldContain("Imported: 客户2.csv (sheet '客户2'), 1 rows: 1 created");
        savedMap.Output.ShouldContain("(the column map your team saved for these headers was applied)");
    }

    [Fact]
    public async Task Partial_writes_the_good_rows_and_the_refused_ones_to_a_workbook_that_imports_once_fixed()
    {
        var file = await WriteAsync("bad.csv", SheetFiles.Csv([["客户名称", "客户等级"], ["好公司", "B级"], ["坏公司", "S级"]]));
        var fix = Path.Combine(_directory, "fix.xlsx");

        var partial = await RunAsync("import", "customers", file, "--partial", "--refused-rows", fix);
        var rows = SheetFiles.ReadXlsx(await File.ReadAllBytesAsync(fix));
        rows[1][1] = "C级";
        await File.WriteAllBytesAsync(fix, SheetFiles.Xlsx(rows));
        var fixedRun = await RunAsync("import", "auto", fix);

        partial.ExitCode.ShouldBe(3, partial.Output);
        partial.Output.ShouldContain(
            "Imported the good rows: bad.csv (sheet 'bad'), 2 rows: 1 created, 0 updated, 0 skipped, 1 refused.");
        partial.Output.ShouldContain("bad row 3, column 客户等级: INVALID_CELL");
        partial.Output.ShouldContain($"Refused rows with their 错误原因 written to {fix}.");
        rows[0].ShouldBe(["客户名称", "客户等级", "错误原因"]);
        rows.Skip(1).Select(r => r[0]).ShouldBe(["坏公司"]);
        fixedRun.ExitCode.ShouldBe(0, fixedRun.Output);
        fixedRun.Output.ShouldContain("1 rows: 1 created, 0 updated, 0 skipped, 0 refused.");
        fixedRun.Output.ShouldContain("  错误原因 -> ignored");
    }

    [Fact]
    public async Task Auto_imports_a_workbook_of_several_sheets_whole_and_prints_each_sheet()
    {
        var book = await WriteAsync("团队.xlsx", WorkbookImportTests.Workbook(
            ("跟进记录", [["客户名称", "跟进时间", "跟进方式", "沟通内容"], ["甲公司", "2026/2/5", "电话", "介绍产品"]]),
            ("客户信息表", [["客户名称", "联系电话"], ["甲公司", "13900000001"]])));

        var (exitCode, output) = await RunAsync("import", "auto", book);

        exitCode.ShouldBe(0, output);
        output.ShouldContain(
            "Imported: 团队.xlsx (sheet '客户信息表, 跟进记录'), 2 rows: 2 created, 0 updated, 0 skipped, 0 refused.");
        output.ShouldContain("Sheet '客户信息表': 1 rows: 1 created");
        output.ShouldContain("Sheet '跟进记录': 1 rows: 1 created");
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task<string> WriteAsync(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var (exitCode, output, error) = await ApiVerb.RunAsync(Path.Combine(_directory, "data"), arguments);
        return (exitCode, output + error);
    }
}
