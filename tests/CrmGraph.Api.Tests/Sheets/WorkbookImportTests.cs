using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>
/// Issue #20: the team's templates kept as the sheets of one .xlsx are imported whole, in one transaction, customers
/// first, so the other sheets find the customers of the same workbook (ADR-043).
/// </summary>
public sealed class WorkbookImportTests
{
    public const string Import = """
        mutation($input: ImportSpreadsheetInput!) {
          importSpreadsheet(input: $input) {
            report {
              template sheet committed rowsRead created refusedRows refusedRowsWorkbook
              refusals { sheet row column code message }
              sheets { sheet template committed rowsRead created refusedRows rows { row action recordId } }
            }
            errors { __typename ... on Error { code message } }
          }
        }
        """;

    private static readonly string?[][] Customers =
    [
        ["客户名称", "联系电话", "客户等级"],
        ["甲公司", "13900000001", "B级"],
        ["乙公司", "13900000002", "C级"],
    ];

    private static readonly string?[][] Records =
    [
        ["客户名称", "跟进时间", "跟进方式", "沟通内容"],
        ["甲公司", "2026/2/5", "电话", "介绍产品"],
    ];

    private static readonly string?[][] Plans =
    [
        ["客户名称", "计划跟进时间", "跟进方式", "准备内容"],
        ["甲公司", "2026年3月10日", "面谈", "带报价"],
    ];

    private static readonly string?[][] Conversions =
    [
        ["客户名称", "转化时间", "成交金额", "产品/服务", "转化关键因素"],
        ["乙公司", "2026/2/20", "5万", "CRM 软件", "价格合适"],
    ];

    /// <summary>An .xlsx with one sheet per entry, in this order.</summary>
    public static byte[] Workbook(params (string Sheet, string?[][] Rows)[] sheets)
    {
        var book = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (sheet, rows) in sheets)
        {
            var width = rows.Max(r => r.Length);
            book[sheet] = rows.Select(r => Enumerable.Range(0, width)
                .ToDictionary(
                    i => "c" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
                    i => (object?)(i < r.Length ? r[i] : null)))
                .ToList();
        }

        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, book, printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static async Task<JsonNode> UploadAsync(TestApi api, string token, byte[] file, object input)
    {
        using var client = api.CreateClient(token);
        using var content = SheetFiles.Multipart(Import, new { input }, "variables.input.file", file, "团队表格.xlsx");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Add("GraphQL-Preflight", "1");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));
        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["data"]?["importSpreadsheet"]?["report"] ?? throw new InvalidOperationException(
            body.ToJsonString());
    }

    [EngineFact]
    public async Task A_workbook_of_the_team_templates_imports_whole_customers_first_and_the_other_sheets_find_them(
        Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        // The customer sheet comes last in the file: the import still takes it first.
        var file = Workbook(
            ("跟进计划表", Plans), ("跟进记录", Records), ("说明", [[null]]), ("客户转化记录表", Conversions), ("客户信息表", Customers));

        var report = await UploadAsync(api, token, file, new { file = (object?)null });

        report["committed"]!.GetValue<bool>().ShouldBeTrue(report.ToJsonString());
        report["refusals"]!.AsArray().ShouldBeEmpty();
        (report["rowsRead"]!.GetValue<int>(), report["created"]!.GetValue<int>()).ShouldBe((5, 5));
        report["sheets"]!.AsArray().Select(s => $"{s!["sheet"]} {s["template"]} {s["created"]}")
            .ShouldBe(
                ["客户信息表 CUSTOMERS 2", "客户转化记录表 CONVERSIONS 1", "跟进记录 FOLLOW_UP_RECORDS 1", "跟进计划表 FOLLOW_UP_PLANS 1"]);
        report["sheets"]!.AsArray()
            .ShouldAllBe(s => s!["committed"]!.GetValue<bool>() && s["rows"]![0]!["recordId"] != null);
        var (customers, records, plans, deals, imports) = await api.WithDbAsync(async db => (
            await db.Customers.CountAsync(),
            await db.FollowUpRecords.CountAsync(),
            (await db.FollowUpPlans.ToListAsync()).Count(p => p.PreparedContent == "带报价"),
            await db.Deals.CountAsync(),
            await db.SheetImports.Select(i => i.Template).ToListAsync()));
        (customers, records, plans, deals).ShouldBe((2, 1, 1, 1));
        imports.ShouldBe(["Workbook"]);
    }

    [EngineFact]
    public async Task A_bad_row_on_any_sheet_refuses_the_whole_workbook_naming_sheet_row_and_column_and_partial_mode_keeps_the_rest(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        string?[][] plans = [.. Plans, ["丙公司", "2026/3/12", "电话", null], ["乙公司", "下周", "电话", null]];
        string?[][] customers = [.. Customers, ["丁公司", null, "S级"]];
        var file = Workbook(("客户信息表", customers), ("跟进记录", Records), ("跟进计划表", plans));

        var whole = await UploadAsync(api, token, file, new { file = (object?)null });
        var written = await api.WithDbAsync(db => db.Customers.CountAsync());
        var partial = await UploadAsync(api, token, file, new { file = (object?)null, partial = true });

        whole["committed"]!.GetValue<bool>().ShouldBeFalse();
        written.ShouldBe(0);
        whole["refusals"]!.AsArray().Select(r => $"{r!["sheet"]} {r["row"]} {r["column"]} {r["code"]}").ShouldBe(
            ["客户信息表 4 客户等级 INVALID_CELL", "跟进计划表 3 客户名称 CUSTOMER_NOT_FOUND", "跟进计划表 4 计划跟进时间 INVALID_CELL"]);
        whole["refusals"]![1]!["message"]!.GetValue<string>().ShouldContain("丙公司");
        (whole["rowsRead"]!.GetValue<int>(), whole["refusedRows"]!.GetValue<int>()).ShouldBe((7, 3));

        (partial["committed"]!.GetValue<bool>(), partial[
            "created"]!.GetValue<int>(), partial["refusedRows"]!.GetValue<int>()).ShouldBe((true, 4, 3));
        var (stored, records, plansStored) = await api.WithDbAsync(async db => (
            await db.Customers.OrderBy(c => c.Name).Select(c => c.Name).ToListAsync(),
            await db.FollowUpRecords.CountAsync(),
            (await db.FollowUpPlans.ToListAsync()).Count(p => p.PreparedContent == "带报价")));
        stored.ShouldBe(["乙公司", "甲公司"], ignoreOrder: true);
        (records, plansStored).ShouldBe((1, 1));
        var refused = Convert.FromBase64String(partial["refusedRowsWorkbook"]!.GetValue<string>());
        using var stream = new MemoryStream(refused);
        MiniExcel.GetSheetNames(stream).ShouldBe(["客户信息表", "跟进计划表"]);
    }

    [EngineFact]
    public async Task A_sheet_that_fits_no_template_refuses_the_workbook_by_its_name(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        // (跟进策略 was such a sheet until it became the Cadence template: CadenceImportTests.)
        var file = Workbook(("客户信息表", Customers), ("培训安排", [["课程", "讲师", "地点"], ["产品培训", "李老师", "会议室"]]));

        var report = await UploadAsync(api, token, file, new { file = (object?)null });

        report["committed"]!.GetValue<bool>().ShouldBeFalse();
        report["refusals"]!.AsArray().Select(r => $"{r!["sheet"]} {r["row"]} {r["code"]}")
            .ShouldBe(["培训安排 0 TEMPLATE_NOT_RECOGNISED"]);
        report["refusals"]![0]!["message"]!.GetValue<string>().ShouldContain("培训安排");
        (await api.WithDbAsync(db => db.Customers.CountAsync())).ShouldBe(0);
    }
}
