using System.Text.Json.Nodes;
using CrmGraph.Api.Identity;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>Importing the 客户信息表 through the GraphQL multipart upload, on both engines.</summary>
public sealed class CustomerImportTests
{
    private const string Customers = """
        { customers(first: 50, order: [{ name: ASC }]) { totalCount nodes { name kind phone email source grade tags firstContactAt owner { login } contacts { name title isKeyDecisionMaker } } } }
        """;

    public static async Task<string> TeamAsync(TestApi api)
    {
        await api.WithDbAsync(async db =>
        {
            var team = (await db.Users.AsNoTracking().SingleAsync(u => u.Login == FirstRunSeeder.AdminLogin)).TeamId;
            db.Users.Add(
                User.Enroll(api.Ids.NewId(), "zhang", "张三", UserRole.Salesperson, team, api.Clock.GetUtcNow()));
            db.Users.Add(User.Enroll(api.Ids.NewId(), "boss", "赵主管", UserRole.Supervisor, team, api.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        return await api.TokenAsync("admin");
    }

    [EngineFact]
    public async Task The_example_rows_with_Chinese_headers_import_and_every_row_is_in_the_API(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await TeamAsync(api);

        var response = await SheetFiles.UploadAsync(
            api, token, SheetFiles.Xlsx(CustomerExamples.File()), "客户信息表.xlsx", "CUSTOMERS");

        var report = response.Report();
        report["committed"]!.GetValue<bool>().ShouldBeTrue(response.ToString());
        report["created"]!.GetValue<int>().ShouldBe(4);
        report["sheet"]!.GetValue<string>().ShouldBe("Sheet1");
        report["unknownColumns"]!.AsArray().ShouldBeEmpty(); // 备注 lands in the contact's notes since issue #20
        report["rows"]!.AsArray().Select(r => r!["row"]!.GetValue<int>()).ShouldBe([3, 4, 5, 6]);
        var customers = (await api.PostAsync(token, Customers)).Data!["customers"]!;
        customers.ToJsonString(
            new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .MatchSnapshot();
        var stored = await api.WithDbAsync(db => db.Customers.AsNoTracking().OrderBy(c => c.Name).ToListAsync());
        var xingchen = stored.Single(c => c.Name == "上海星辰科技有限公司");
        xingchen.Needs.BudgetMin.ShouldBe(500_000m);
        xingchen.Needs.BudgetMax.ShouldBe(800_000m);
        xingchen.Needs.ExpectedCloseOn.ShouldBe(new DateOnly(2026, 3, 15));
        xingchen.Grade.ShouldBe(CustomerGrade.A);
        xingchen.Contacts.Single().Notes.ShouldBe("老客户转介绍");
        xingchen.SupervisorGuideId.ShouldNotBeNull();
        // 2026/2/20 00:00 in Shanghai
        xingchen.FirstContactAt.ShouldBe(new DateTimeOffset(2026, 2, 19, 16, 0, 0, TimeSpan.Zero));
        stored.Single(c => c.Name == "李四").Profile.Gender.ShouldBe(Gender.Male);
        stored.Single(c => c.Name == "王芳").Kind.ShouldBe(CustomerKind.Individual);
        stored.Single(c => c.Name == "王芳").Needs.BudgetMax.ShouldBe(30_000m);
        var audit = await api.WithDbAsync(db => db.SheetImports.AsNoTracking().SingleAsync());
        (audit.Outcome, audit.FileName, audit.Created, audit.RowsRead, audit.Template)
            .ShouldBe(("COMMITTED", "客户信息表.xlsx", 4, 4, "Customers"));
    }

    [EngineFact]
    public async Task A_dry_run_reports_exactly_what_the_real_run_then_does_and_writes_nothing_but_its_log_entry(
        Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await TeamAsync(api);
        var csv = SheetFiles.Csv(CustomerExamples.File());

        var dry = (await SheetFiles.UploadAsync(api, token, csv, "customers.csv", "CUSTOMERS", dryRun: true)).Report();
        var countAfterDryRun = await api.WithDbAsync(db => db.Customers.CountAsync());
        var real = (await SheetFiles.UploadAsync(api, token, csv, "customers.csv", "CUSTOMERS")).Report();

        countAfterDryRun.ShouldBe(0);
        (dry["dryRun"]!.GetValue<bool>(), dry["committed"]!.GetValue<bool>()).ShouldBe((true, false));
        dry["rows"]!.AsArray().Select(Outcome).ShouldBe(real["rows"]!.AsArray().Select(Outcome));
        (dry["created"]!.GetValue<int>(), real["created"]!.GetValue<int>()).ShouldBe((4, 4));
        dry["rows"]![0]!["recordId"].ShouldBeNull();
        real["rows"]![0]!["recordId"].ShouldNotBeNull();
        (await api.WithDbAsync(db => db.SheetImports.OrderBy(r => r.StartedAt).ThenBy(r => r.Outcome).Select(
            r => r.Outcome).ToListAsync())).ShouldBe(["COMMITTED", "DRY_RUN"], ignoreOrder: true);
    }

    private static string Outcome(JsonNode? row) => $"{row!["row"]} {row["action"]} {row["label"]}";

    [EngineFact]
    public async Task A_broken_file_gets_a_precise_report_for_every_bad_cell_and_nothing_is_imported(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await TeamAsync(api);
        string?[] Row(
            string name, string? kind = "企业", string? phone = null, string? email = null, string? gender = null,
            string? birthday = null, string? occupation = null, string? industry = null,
            string? source =
                null, string? owner =
                    null, string? firstContact =
                        null, string? budget =
                            null, string? expected = null, string? grade = null, string? guide = null) =>
            [
                name, kind, null, null, phone, email, null, null, gender, birthday, occupation, industry, null, source,
                owner, firstContact, null, budget, expected, null, grade, guide, null, null, null, null];
        var file = CustomerExamples.File(
            Row("好客户有限公司", phone: "13911112222"),                                     // row 3: fine
            Row(string.Empty, phone: "13911113333"),                                         // row 4: no name
            Row("日期错公司", firstContact: "2026-13-45", expected: "下个月"),                  // row 5: two bad dates
            Row("金额错公司", budget: "大约八十万"),                                          // row 6: bad amount
            Row("范围反了公司", budget: "80-50万"),                                           // row 7: range backwards
            Row("等级错公司", grade: "S级"),                                                  // row 8: unknown grade
            Row("性别错", kind: "个人", gender: "未知性别"),                                   // row 9: unknown gender
            Row("类型错公司", kind: "政府"),                                                  // row 10: unknown kind
            Row("没这个人公司", owner: "nobody"),                                            // row 11: unknown owner
                                                                                       // row 12: A grade needs a guide (domain)
            Row("A级无主管公司", grade: "A"),
            // row 13: guide is no supervisor
            Row("主管错公司", grade: "A", guide: "zhang"),
            // row 14: first contact in the future (domain)
            Row("将来公司", firstContact: "2030-01-01"),
            // row 15: industry on an individual (domain)
            Row("个人带行业", kind: "个人", industry: "软件"),
            // row 16: not a team source (domain)
            Row("未知来源公司", source: "抖音"),
            // row 17: invalid email (domain)
            Row("邮箱错公司", email: "not-an-email"),
            // row 18: duplicate of row 3 in the same file
            Row("好客户 有限公司", phone: "139-1111-2222"),
            // row 19: birthday in the future (domain)
            Row("生日在将来", kind: "个人", birthday: "2099-01-01"));

        var response = await SheetFiles.UploadAsync(
            api, token, SheetFiles.Xlsx(file), "broken.xlsx", "CUSTOMERS", acceptLanguage: "en");

        var report = response.Report();
        report["committed"]!.GetValue<bool>().ShouldBeFalse();
        report["refusedRows"]!.GetValue<int>().ShouldBe(16);
        report["created"]!.GetValue<int>().ShouldBe(1);
        var refusals = report["refusals"]!.AsArray()
            .Select(r => $"{r!["sheet"]}!{r["row"]} [{r["column"]}] {r["code"]}")
            .ToList();
        refusals.ShouldBe(
        [
            "Sheet1!4 [客户名称] REQUIRED",
            "Sheet1!5 [首次接触时间] INVALID_CELL",
            "Sheet1!5 [预计成交时间] INVALID_CELL",
            "Sheet1!6 [预算] INVALID_CELL",
            "Sheet1!7 [预算] INVALID_CELL",
            "Sheet1!8 [客户等级] INVALID_CELL",
            "Sheet1!9 [性别] INVALID_CELL",
            "Sheet1!10 [客户类型] INVALID_CELL",
            "Sheet1!11 [负责人] UNKNOWN_USER",
            "Sheet1!12 [指导主管] A_GRADE_NEEDS_SUPERVISOR_GUIDE",
            "Sheet1!13 [指导主管] NOT_A_SUPERVISOR",
            "Sheet1!14 [首次接触时间] FIRST_CONTACT_IN_FUTURE",
            "Sheet1!15 [行业] NOT_FOR_INDIVIDUALS",
            "Sheet1!16 [客户来源] UNKNOWN_SOURCE",
            "Sheet1!17 [邮箱] INVALID_EMAIL",
            "Sheet1!18 [联系电话] DUPLICATE_CUSTOMER",
            "Sheet1!19 [生日] DATE_IN_FUTURE",
        ]);
        report["refusals"]![2]!["message"]!.GetValue<string>()
            .ShouldBe("'下个月' is not a date; write it as 2024-09-01, 2024/9/1 or 2024年9月1日.");
        (await api.WithDbAsync(db => db.Customers.CountAsync())).ShouldBe(0);
        (await api.WithDbAsync(db => db.SheetImports.Select(r => r.Outcome).SingleAsync())).ShouldBe("REFUSED");
    }

    [EngineFact]
    public async Task Refusals_answer_in_Chinese_when_asked_and_a_file_without_the_required_column_is_refused_as_a_whole(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await TeamAsync(api);

        var noName = await SheetFiles.UploadAsync(
            api, token, SheetFiles.Csv([["联系电话", "邮箱"], ["13900000001", "a@b.cn"]]), "x.csv", "CUSTOMERS",
            acceptLanguage: "zh-CN");
        var notASheet = await SheetFiles.UploadAsync(
            api, token, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "x.xlsx", "CUSTOMERS");
        var noHeader = await SheetFiles.UploadAsync(
            api, token, SheetFiles.Csv([["a", "b"], ["1", "2"]]), "x.csv", "CUSTOMERS");

        var refusal = noName.Report()["refusals"]!.AsArray().Single()!;
        (refusal["row"]!.GetValue<int>(), refusal[
            "column"]!.GetValue<string>(), refusal["code"]!.GetValue<string>(), refusal["message"]!.GetValue<string>())
            .ShouldBe((1, "客户名称", "MISSING_COLUMN", "表头缺少必填列“客户名称”。"));
        notASheet.Report()["refusals"]![0]!["code"]!.GetValue<string>().ShouldBe("FILE_NOT_READABLE");
        noHeader.Report()["refusals"]![0]!["code"]!.GetValue<string>().ShouldBe("NO_HEADER_ROW");
        (await api.WithDbAsync(db => db.Customers.CountAsync())).ShouldBe(0);
    }

    [EngineFact]
    public async Task Duplicates_are_refused_skipped_or_updated_by_explicit_choice(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await TeamAsync(api);
        await SheetFiles.UploadAsync(api, token, SheetFiles.Csv(CustomerExamples.File()), "first.csv", "CUSTOMERS");
        string?[] again = [
            "上海星辰科技股份有限公司", "企业", null, null, null, null, null, "北京市海淀区", null, null, null, null, null, null, null,
            null, null, "90万", null, null, null, null, null, null, null, null];
        var second = SheetFiles.Csv(CustomerExamples.File(again));

        var refused = (await SheetFiles.UploadAsync(api, token, second, "second.csv", "CUSTOMERS")).Report();
        var skipped = (await SheetFiles.UploadAsync(api, token, second, "second.csv", "CUSTOMERS", onDuplicate: "SKIP"))
            .Report();
        var updated = (await SheetFiles.UploadAsync(
            api, token, second, "second.csv", "CUSTOMERS", onDuplicate: "UPDATE"))
            .Report();

        refused["refusals"]![0]!["code"]!.GetValue<string>().ShouldBe("DUPLICATE_CUSTOMER");
        refused["refusals"]![0]!["column"]!.GetValue<string>().ShouldBe("客户名称");
        (skipped["skipped"]!.GetValue<int>(), skipped["committed"]!.GetValue<bool>()).ShouldBe((1, true));
        skipped["rows"]![0]!["existingCustomerId"].ShouldNotBeNull();
        (updated["updated"]!.GetValue<int>(), updated["committed"]!.GetValue<bool>()).ShouldBe((1, true));
        var customer = await api.WithDbAsync(
            db => db.Customers.AsNoTracking().SingleAsync(c => c.Name == "上海星辰科技股份有限公司"));
        (customer.Profile.Address, customer.Profile.Phone, customer.Needs.BudgetMin, customer.Grade)
            .ShouldBe(("北京市海淀区", "13900000001", 900_000m, CustomerGrade.A));
        (await api.WithDbAsync(db => db.Customers.CountAsync())).ShouldBe(4);
    }

    [EngineFact]
    public async Task A_salesperson_imports_only_for_themselves_and_cannot_update_a_colleagues_customer(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var admin = await TeamAsync(api);
        var li = await api.EnrollAsync("li", UserRole.Salesperson);
        await SheetFiles.UploadAsync(api, admin, SheetFiles.Csv(CustomerExamples.File()), "first.csv", "CUSTOMERS");
        string?[] Row(string name, string? phone, string? owner) => [
            name, "企业", null, null, phone, null, null, null, null, null, null, null, null, null, owner, null, null,
            null, null, null, null, null, null, null, null, null];

        var report = (await SheetFiles.UploadAsync(api, li, SheetFiles.Csv(CustomerExamples.File(
            Row("新公司", null, null), Row("给张三的公司", null, "张三"),
            Row("同号公司", "13900000001", null))), "li.csv", "CUSTOMERS", onDuplicate: "UPDATE")).Report();

        report["refusals"]!.AsArray().Select(r => $"{r!["row"]} {r["code"]}").ShouldBe(
            ["4 OWNER_NOT_ALLOWED", "5 EDIT_NOT_ALLOWED"]);
    }

    [EngineFact]
    public async Task A_GBK_csv_as_Excel_writes_it_in_Chinese_Windows_imports_like_UTF8(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await TeamAsync(api);

        var report = (await SheetFiles.UploadAsync(
            api, token, SheetFiles.Csv(CustomerExamples.File(), "GBK"), "gbk.csv", "CUSTOMERS"))
            .Report();

        report["created"]!.GetValue<int>().ShouldBe(4, report.ToJsonString());
        (await api.WithDbAsync(db => db.Customers.Select(c => c.Name).OrderBy(n => n).ToListAsync()))
            .ShouldContain("上海星辰科技有限公司");
    }
}
