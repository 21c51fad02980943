using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>
/// Issue #20: partial imports return the refused rows as a workbook; fixed and re-imported, nothing is duplicated.
/// </summary>
public sealed class PartialImportTests
{
    [EngineFact]
    public async Task Partial_mode_writes_the_good_rows_and_returns_the_refused_ones_to_fix_and_reimport(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        string?[] header = ["客户名称", "客户级别", "负责人"];
        var file = SheetFiles.Csv([header, ["好公司", "B级", "张三"], ["坏公司", "S级", "张三"], ["陌生公司", "C级", "小李"]]);
        Dictionary<string, object?> Input(bool partial) => new() { ["file"] = null, ["partial"] = partial };

        var whole = await TeamSheetFiles.UploadAsync(api, token, file, "客户.csv", Input(partial: false));
        var partial = await TeamSheetFiles.UploadAsync(api, token, file, "客户.csv", Input(partial: true));

        (whole["committed"]!.GetValue<bool>(), whole["refusedRowsWorkbook"]).ShouldBe((false, null));
        (partial["committed"]!.GetValue<bool>(), partial[
            "created"]!.GetValue<int>(), partial["refusedRows"]!.GetValue<int>()).ShouldBe((true, 1, 2));
        partial["refusals"]!.AsArray().Select(r => $"{r!["row"]} {r["column"]} {r["code"]}").ShouldBe(
            ["3 客户级别 INVALID_CELL", "4 负责人 UNKNOWN_USER"]);
        partial["refusals"]![1]!["message"]!.GetValue<string>().ShouldContain("小李");
        var refused = SheetFiles.ReadXlsx(Convert.FromBase64String(partial["refusedRowsWorkbook"]!.GetValue<string>()));
        refused[0].ShouldBe(["客户名称", "客户级别", "负责人", "错误原因"]);
        refused.Skip(1).Select(r => r[0]).ShouldBe(["坏公司", "陌生公司"]);
        refused[1][3]!.ShouldContain("客户级别");
        refused[2][3]!.ShouldContain("小李");

        // Fixed in the returned workbook (its 错误原因 column left as it is) and imported again.
        refused[1][1] = "B级";
        refused[2][2] = "zhang";
        var fixedFile = SheetFiles.Xlsx(refused);
        var again = await TeamSheetFiles.UploadAsync(api, token, fixedFile, "refused.xlsx", Input(partial: true));
        var twice = await TeamSheetFiles.UploadAsync(api, token, fixedFile, "refused.xlsx", Input(partial: true));

        (again["committed"]!.GetValue<bool>(), again["created"]!.GetValue<int>(), again["refusedRows"]!.GetValue<int>())
            .ShouldBe((true, 2, 0));
        again["columns"]!.AsArray().Select(c => c!["status"]!.GetValue<string>()).ShouldBe(
            ["MAPPED", "MAPPED", "MAPPED", "IGNORED"]);
        twice["refusals"]!.AsArray().Select(r => r!["code"]!.GetValue<string>()).ShouldAllBe(
            c => c == "DUPLICATE_CUSTOMER");
        (await api.WithDbAsync(db => db.Customers.CountAsync())).ShouldBe(3);
    }

    [EngineFact]
    public async Task A_column_map_sends_a_header_to_a_field_and_the_dry_run_shows_it(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        var file = SheetFiles.Csv([["客户名称", "客户星级", "微信"], ["星级公司", "A级", "wx1"]]);
        var input = new Dictionary<string, object?>
        {
            ["file"] = null,
            ["template"] = "CUSTOMERS",
            ["dryRun"] = true,
            ["columnMap"] =
                new[] { new { header = "客户星级", field = "客户等级" }, new { header = "微信", field = "nonsense" } },
        };

        var bad = await TeamSheetFiles.UploadAsync(api, token, file, "c.csv", input);
        input["columnMap"] = new[] { new { header = "客户星级", field = "grade" } };
        var dry = await TeamSheetFiles.UploadAsync(api, token, file, "c.csv", input);

        bad["refusals"]!.AsArray().Select(r => $"{r!["column"]} {r["code"]}").ShouldBe(["微信 UNKNOWN_FIELD"]);
        dry["columns"]!.AsArray().Select(c => $"{c!["header"]}>{c["field"]}").ShouldBe(
            ["客户名称>name", "客户星级>grade", "微信>weChat"]);
        dry["refusals"]!.AsArray().Select(r => r!["code"]!.GetValue<string>()).ShouldBe(
            ["A_GRADE_NEEDS_SUPERVISOR_GUIDE"]);
    }

    [EngineFact]
    public async Task A_last_follow_up_column_of_the_customer_sheet_becomes_the_customers_last_follow_up(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        var file = SheetFiles.Csv([["客户名称", "上次跟进"], ["老客户", "2025年12月1日"], ["新客户", null]]);

        var report = await TeamSheetFiles.UploadAsync(
            api, token, file, "客户信息表.csv", new Dictionary<string, object?> { ["file"] = null });

        report["committed"]!.GetValue<bool>().ShouldBeTrue(report.ToJsonString());
        var customers = await api.WithDbAsync(
            db => db.Customers.AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.LastFollowUpAt));
        customers["老客户"].ShouldBe(new DateTimeOffset(2025, 11, 30, 16, 0, 0, TimeSpan.Zero));
        customers["新客户"].ShouldBeNull();
    }
}
