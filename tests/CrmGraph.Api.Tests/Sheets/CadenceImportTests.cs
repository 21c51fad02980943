using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>
/// Issue #20: the salesperson's template 跟进策略 imports into the team's cadence (跟进频率), exactly as
/// updateTeamSettings would change it, by a supervisor or an admin only; the dry run shows each setting old → new.
/// </summary>
public sealed class CadenceImportTests
{
    private const string Import = """
        mutation($input: ImportSpreadsheetInput!) {
          importSpreadsheet(input: $input) {
            report {
              template sheet dryRun committed rowsRead created updated refusedRows
              refusals { sheet row column code message }
              rows { row action label recordId }
              columns { header field status }
              sheets { sheet template committed rowsRead created updated }
            }
            errors { __typename ... on Error { code message } }
          }
        }
        """;

    // The sheet as a team keeps it: a title row, its own headers, full-width digits, goals the domain does not keep.
    private static readonly string?[][] Sheet =
    [
        ["跟进策略（销售部 2026年）", null, null],
        ["客户类型", "跟进频率", "目标"],
        ["A类", "每天", "3天内签约"],
        ["B类", "每周２次", "2周内升为A级"],
        ["C类", "每周一次", "每月有部分客户升为B级"],
        ["新客户首次跟进", "５天内", null],
        ["老客户", "每３周", null],
        ["潜在客户", "十天一次", null],
        ["每日上限", "２次", null],
    ];

    // A 1, B 7 / 2 = 3.5 → 4, C 7, new 5, established 21, prospects 10, at most 2 a day.
    private static readonly (int A, int B, int C, int New, int Established, int Prospect, int Cap) Expected =
        (1, 4, 7, 5, 21, 10, 2);

    private static (int, int, int, int, int, int, int) Of(CadencePolicy c) =>
        (c.GradeADays, c.GradeBDays, c.GradeCDays, c.NewCustomerFirstFollowUpDays, c.EstablishedDays, c.ProspectDays,
            c.DailyCapPerCustomer);

    private static DateTimeOffset Shanghai(int y, int m, int d, int h = 0) =>
        new DateTimeOffset(y, m, d, h, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    private static async Task<JsonNode> UploadAsync(
        TestApi api, string token, byte[] file, string fileName, object input, string language = "zh-CN")
    {
        using var client = api.CreateClient(token);
        using var content = SheetFiles.Multipart(Import, new { input }, "variables.input.file", file, fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Add("GraphQL-Preflight", "1");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["data"]?["importSpreadsheet"]?["report"] ?? throw new InvalidOperationException(Json(body));
    }

    private static string Json(JsonNode node) => node.ToJsonString(
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static Task<Team> TeamAsync(TestApi api) => api.WithDbAsync(async db =>
    {
        var admin = await db.Users.AsNoTracking().SingleAsync(u => u.Login == FirstRunSeeder.AdminLogin);
        return await db.Teams.AsNoTracking().SingleAsync(t => t.Id == admin.TeamId);
    });

    private static Task<int> TeamAuditsAsync(TestApi api, Guid teamId) =>
        api.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == teamId));

    [EngineFact]
    public Task A_team_cadence_sheet_as_xlsx_with_a_merged_title_row_sets_the_cadence(Engine engine) =>
        DryRunThenCommitAsync(engine, TeamSheetFiles.XlsxWithMerges(Sheet, "A1:C1"), "跟进策略.xlsx");

    [EngineFact]
    public Task A_team_cadence_sheet_as_csv_sets_the_cadence(Engine engine) =>
        DryRunThenCommitAsync(engine, SheetFiles.Csv(Sheet), "跟进策略.csv");

    private static async Task DryRunThenCommitAsync(Engine engine, byte[] file, string fileName)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        var before = await TeamAsync(api);
        var audits = await TeamAuditsAsync(api, before.Id);

        // No template named: told from the headers.
        var dry = await UploadAsync(api, token, file, fileName, new { file = (object?)null, dryRun = true });

        var context = Json(dry);
        (dry["template"]!.GetValue<string>(), dry["committed"]!.GetValue<bool>(), dry["refusedRows"]!.GetValue<int>())
            .ShouldBe(("CADENCE", false, 0), context);
        (dry["rowsRead"]!.GetValue<int>(), dry["updated"]!.GetValue<int>()).ShouldBe((7, 7), context);
        dry["columns"]!.AsArray().Select(c => $"{c!["header"]} {c["field"]} {c["status"]}")
            .ShouldBe(["客户类型 type MAPPED", "跟进频率 frequency MAPPED", "目标 goal IGNORED"], context);
        dry["rows"]!.AsArray().Select(r => $"{r!["row"]} {r["action"]} {r["label"]}").ShouldBe(
        [
            "3 UPDATED A类: cadence.gradeADays 1 → 1 (unchanged 未变); 目标 not imported 未导入: 3天内签约",
            "4 UPDATED B类: cadence.gradeBDays 3 → 4; 目标 not imported 未导入: 2周内升为A级",
            "5 UPDATED C类: cadence.gradeCDays 7 → 7 (unchanged 未变); 目标 not imported 未导入: 每月有部分客户升为B级",
            "6 UPDATED 新客户首次跟进: cadence.newCustomerFirstFollowUpDays 7 → 5",
            "7 UPDATED 老客户: cadence.establishedDays 30 → 21",
            "8 UPDATED 潜在客户: cadence.prospectDays 14 → 10",
            "9 UPDATED 每日上限: cadence.dailyCapPerCustomer 3 → 2",
        ], context);
        Of((await TeamAsync(api)).Cadence).ShouldBe(Of(before.Cadence));
        (await TeamAuditsAsync(api, before.Id)).ShouldBe(audits);

        var report = await UploadAsync(api, token, file, fileName, new { file = (object?)null });

        (report["committed"]!.GetValue<bool>(), report["updated"]!.GetValue<int>()).ShouldBe((true, 7), Json(report));
        var after = await TeamAsync(api);
        Of(after.Cadence).ShouldBe(Expected);
        after.Cadence.RefuseBeyondDailyCap.ShouldBe(before.Cadence.RefuseBeyondDailyCap);
        after.Version.ShouldBeGreaterThan(before.Version);
        // The same audit trail as updateTeamSettings: the team's change, by the importing user.
        var admin = await api.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Login == "admin"));
        var trail = await api.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityId == before.Id).OrderBy(a => a.OccurredAt).ToListAsync());
        trail.Count.ShouldBe(audits + 1);
        (trail[^1].ActorId, trail[^1].Changes.Contains(
                "{\"field\":\"cadence.gradeBDays\",\"before\":3,\"after\":4}", StringComparison.Ordinal))
            .ShouldBe((admin.Id, true), trail[^1].Changes);

        // The next follow-up the cadence proposes for a B customer is 4 days on, no longer 3.
        await NextPlanOfABCustomerAsync(api, token);
    }

    private static async Task NextPlanOfABCustomerAsync(TestApi api, string token)
    {
        var (records, day) = Records(api);
        var file = WorkbookImportTests.Workbook(
            ("客户信息表", [["客户名称", "联系电话", "客户等级"], ["甲公司", "13900000001", "B级"]]), ("跟进记录", records));
        var report = await UploadAsync(api, token, file, "团队表格.xlsx", new { file = (object?)null });
        report["committed"]!.GetValue<bool>().ShouldBeTrue(Json(report));
        await NextPlanIsDueAsync(api, day);
    }

    // A follow-up of 甲公司 yesterday (Shanghai), so that the plan the cadence proposes after it lies ahead.
    private static (string?[][] Rows, DateOnly Day) Records(TestApi api)
    {
        var day = DateOnly.FromDateTime(api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Date).AddDays(-1);
        var text = day.ToString("yyyy/M/d", System.Globalization.CultureInfo.InvariantCulture);
        return ([["客户名称", "跟进时间", "跟进方式", "沟通内容"], ["甲公司", text, "电话", "介绍产品"]], day);
    }

    // The B customer's next follow-up is 4 days on (the imported cadence), no longer 3 (the default).
    private static async Task NextPlanIsDueAsync(TestApi api, DateOnly day)
    {
        var due = await api.WithDbAsync(db => db.FollowUpPlans.AsNoTracking().Where(p => p.FromCadence)
            .Select(p => p.DueAt).ToListAsync());
        var four = day.AddDays(4);
        var three = day.AddDays(3);
        due.ShouldContain(Shanghai(four.Year, four.Month, four.Day, 10));
        due.ShouldNotContain(Shanghai(three.Year, three.Month, three.Day, 10));
    }

    [EngineFact]
    public async Task A_bad_frequency_an_unknown_type_and_a_type_twice_are_refused_by_row_and_column(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        var before = await TeamAsync(api);
        string?[][] rows =
        [
            ["客户等级", "频率", "备注"],
            ["A级", "每天一次", null],
            ["B类", "经常", null],
            ["VIP大客户", "每周", null],
            ["A", "每日", null],
            ["新客户", "45天内", null],
        ];
        var file = SheetFiles.Csv(rows);

        var zh = await UploadAsync(api, token, file, "跟进策略.csv", new { file = (object?)null, template = "CADENCE" });
        var en = await UploadAsync(
            api, token, file, "跟进策略.csv", new { file = (object?)null, template = "CADENCE" }, "en");

        zh["committed"]!.GetValue<bool>().ShouldBeFalse();
        zh["refusals"]!.AsArray().Select(r => $"{r!["row"]} {r["column"]} {r["code"]}").ShouldBe(
        [
            "3 频率 INVALID_CELL",
            "4 客户等级 INVALID_CELL",
            "5 客户等级 DUPLICATE_TYPE",
            "6 频率 WINDOW_SHORTER_THAN_FIRST_FOLLOW_UP",
        ], Json(zh));
        var zhMessages = zh["refusals"]!.AsArray().Select(r => r!["message"]!.GetValue<string>()).ToList();
        var enMessages = en["refusals"]!.AsArray().Select(r => r!["message"]!.GetValue<string>()).ToList();
        zhMessages[0].ShouldContain("“经常”不是有效的跟进频率");
        enMessages[0].ShouldContain("'经常' is not a follow-up frequency");
        zhMessages[1].ShouldContain("“VIP大客户”不是有效的客户类型");
        enMessages[1].ShouldContain("'VIP大客户' is not a customer type of the cadence");
        zhMessages[2].ShouldContain("第 2 行");
        enMessages[2].ShouldContain("Row 2 already sets");
        (zh["refusedRows"]!.GetValue<int>(), zh["rowsRead"]!.GetValue<int>()).ShouldBe((4, 5));
        Of((await TeamAsync(api)).Cadence).ShouldBe(Of(before.Cadence));
    }

    [EngineFact]
    public async Task A_salesperson_may_not_import_the_cadence_as_they_may_not_change_team_settings(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        await CustomerImportTests.TeamAsync(api);
        var zhang = await api.TokenAsync("zhang");
        var before = await TeamAsync(api);

        var report = await UploadAsync(api, zhang, SheetFiles.Csv(Sheet), "跟进策略.csv", new { file = (object?)null });

        report["committed"]!.GetValue<bool>().ShouldBeFalse();
        report["refusals"]!.AsArray().Select(r => $"{r!["row"]} {r["code"]}").ShouldBe(["0 SETTINGS_NOT_ALLOWED"]);
        report["refusals"]![0]!["message"]!.GetValue<string>().ShouldBe("只有本团队主管或管理员可以修改团队设置。");
        Of((await TeamAsync(api)).Cadence).ShouldBe(Of(before.Cadence));
    }

    [EngineFact]
    public async Task A_workbook_with_a_cadence_sheet_imports_it_first_with_the_customers_and_records(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        var (records, day) = Records(api);
        var file = WorkbookImportTests.Workbook(
            ("客户信息表", [["客户名称", "联系电话", "客户等级"], ["甲公司", "13900000001", "B级"]]),
            ("跟进策略", Sheet),
            ("跟进记录", records));

        var report = await UploadAsync(api, token, file, "团队表格.xlsx", new { file = (object?)null });

        report["committed"]!.GetValue<bool>().ShouldBeTrue(Json(report));
        report["sheets"]!.AsArray().Select(s => $"{s!["sheet"]} {s["template"]} {s["created"]} {s["updated"]}")
            .ShouldBe(["跟进策略 CADENCE 0 7", "客户信息表 CUSTOMERS 1 0", "跟进记录 FOLLOW_UP_RECORDS 1 0"]);
        Of((await TeamAsync(api)).Cadence).ShouldBe(Expected);
        await NextPlanIsDueAsync(api, day);
    }

    [EngineFact]
    public async Task The_exported_cadence_sheet_imports_back_unchanged(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        await UploadAsync(api, token, SheetFiles.Csv(Sheet), "跟进策略.csv", new { file = (object?)null });

        var exported = await api.PostAsync(
            token, "{ spreadsheet(template: CADENCE, format: XLSX) { fileName rowCount contentBase64 } }");

        var sheet = exported.Data!["spreadsheet"]!;
        (sheet["fileName"]!.GetValue<string>(), sheet["rowCount"]!.GetValue<int>()).ShouldBe(("跟进策略.xlsx", 7));
        var bytes = Convert.FromBase64String(sheet["contentBase64"]!.GetValue<string>());
        SheetFiles.ReadXlsx(bytes).Select(r => string.Join(" ", r)).ShouldBe(
        [
            "客户类型 跟进频率", "A类 每天", "B类 每4天", "C类 每周", "新客户首次跟进 5天内", "老客户 每21天",
            "潜在客户 每10天", "每日上限 2次",
        ]);
        var again = await UploadAsync(
            api, token, bytes, "跟进策略.xlsx", new { file = (object?)null, dryRun = true });
        again["rows"]!.AsArray()
            .ShouldAllBe(r => r!["label"]!.GetValue<string>().EndsWith("(unchanged 未变)"), Json(again));
    }

    [Theory]
    [InlineData("每天", 1)]
    [InlineData("每日", 1)]
    [InlineData("每天一次", 1)]
    [InlineData("每周2-3次", 3)]
    [InlineData("每周2~3次", 3)]
    [InlineData("一周两三次", 3)]
    [InlineData("每周", 7)]
    [InlineData("每周一次", 7)]
    [InlineData("一周一次", 7)]
    [InlineData("每两周", 14)]
    [InlineData("两周一次", 14)]
    [InlineData("每半月", 14)]
    [InlineData("每月", 30)]
    [InlineData("每月一次", 30)]
    [InlineData("7天内", 7)]
    [InlineData("1周内", 7)]
    [InlineData("一周内", 7)]
    [InlineData("每5天", 5)]
    [InlineData("每１０天", 10)]
    [InlineData("１４", 14)]
    [InlineData(" 每 周 ２ 次 ", 4)]
    public void Frequencies_are_read_as_days_between_follow_ups(string text, int days) =>
        CadenceValues.ParseDays(text).ShouldBe(days);

    [Theory]
    [InlineData("经常")]
    [InlineData("周")]
    [InlineData("每0天")]
    [InlineData("0")]
    [InlineData("每周0次")]
    public void Unreadable_frequencies_are_refused(string text) =>
        Should.Throw<CellException>(() => CadenceValues.ParseDays(text))
            .ChineseMessage.ShouldContain("不是有效的跟进频率");
}
