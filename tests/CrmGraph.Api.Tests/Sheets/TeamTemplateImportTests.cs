using CrmGraph.Api.Identity;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>
/// Issue #20: the sheets teams actually keep, each with exactly its own headers as the issue lists them, imported
/// without naming the template (told from the headers), as .xlsx (title row and a two-level header with merged cells)
/// and as CSV (title row), with blank rows, mixed date formats, full-width digits and spaces. Each case asserts what
/// lands in each field and that every column is either mapped or left out on the user's word.
/// </summary>
public sealed class TeamTemplateImportTests
{
    private const string Ws = "\u3000"; // a full-width space, as typed with a Chinese input method

    private sealed record SheetCase(
        string File, SheetKindName Template, string?[] Headers, string?[][] Rows, string[] Ignore, Func<TestApi, Ids, Task> Check);

    private enum SheetKindName
    {
        CUSTOMERS,
        GRADES,
        FOLLOW_UP_RECORDS,
        FOLLOW_UP_PLANS,
        CONVERSIONS,
        SERVICES,
    }

    private sealed record Ids(Guid Admin, Guid Zhang, Guid Boss, Guid Wang);

    private static readonly Dictionary<string, string> OwnerMap = new() { ["小王"] = "wang" };

    private static DateTimeOffset Shanghai(int y, int m, int d, int h = 0, int min = 0) =>
        new DateTimeOffset(y, m, d, h, min, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    private static readonly SheetCase[] Cases =
    [
        new("客户信息表", SheetKindName.CUSTOMERS,
            ["客户名称", "所属行业", "联系人", "职务", "联系方式", "客户需求", "预算范围", "来源", "关键决策人", "备注"],
            [
                [Ws + "上海星辰科技有限公司", "软件", "李经理", "技术总监", "１３９０００００００１", "CRM 系统", "50-80万", "展会", "王总", "老客户转介绍"],
                ["杭州云帆贸易", "外贸", "陈经理" + Ws, "采购经理", "0571-88886666", "年度订阅", "¥30,000", "官网", "是", "月底前决策"],
                ["北京远航物流", "物流", "赵总", "总经理", "13800000002", "车队管理", "６５万", "转介绍", "赵总", null],
            ],
            [],
            async (api, ids) =>
            {
                var all = await api.WithDbAsync(db => db.Customers.AsNoTracking().ToListAsync());
                var xingchen = all.Single(c => c.Name == "上海星辰科技有限公司");
                (xingchen.Kind, xingchen.Profile.Industry, xingchen.Profile.Phone, xingchen.Profile.Source)
                    .ShouldBe((CustomerKind.Organization, "软件", "13900000001", CustomerSource.Exhibition));
                (xingchen.Needs.Product, xingchen.Needs.BudgetMin, xingchen.Needs.BudgetMax)
                    .ShouldBe(("CRM 系统", 500_000m, 800_000m));
                xingchen.Contacts.OrderBy(c => c.Name)
                    .Select(c => $"{c.Name}|{c.Title}|{c.IsKeyDecisionMaker}|{c.Notes}")
                    .ShouldBe(
                    ["李经理|技术总监|False|老客户转介绍", "王总||True|"], ignoreOrder: true);
                var yunfan = all.Single(c => c.Name == "杭州云帆贸易");
                yunfan.Contacts.Select(c => $"{c.Name}|{c.IsKeyDecisionMaker}|{c.Notes}").ShouldBe(["陈经理|True|月底前决策"]);
                (yunfan.Needs.BudgetMin, yunfan.Needs.BudgetMax, yunfan.Profile.Source)
                    .ShouldBe((30_000m, 30_000m, CustomerSource.Website));
                var yuanhang = all.Single(c => c.Name == "北京远航物流");
                yuanhang.Contacts.Select(c => $"{c.Name}|{c.IsKeyDecisionMaker}").ShouldBe(["赵总|True"]);
                (yuanhang.Needs.BudgetMin, yuanhang.Profile.Source).ShouldBe((650_000m, CustomerSource.Referral));
            }),
        new("客户信息记录", SheetKindName.CUSTOMERS,
            ["客户名称", "性别", "年龄", "职业", "联系电话", "电子邮箱", "地址", "购买产品", "购买日期", "客户评价", "客户反馈"],
            [
                [
                    "李四", "男", "３６", "医生", "１３８００１３８０００", "li.si@example.cn", "北京市朝阳区", "家庭理财套餐", "2024年3月1日",
                    "服务很好，很满意", "希望增加线上咨询"],
                ["王芳", "女", "29", "教师", "13700001111", null, "上海市徐汇区", "暑期课程", "45352", "一般", null],
            ],
            ["年龄"],
            async (api, ids) =>
            {
                var all = await api.WithDbAsync(db => db.Customers.AsNoTracking().ToListAsync());
                var lisi = all.Single(c => c.Name == "李四");
                (
                    lisi.Kind, lisi.Profile.Gender, lisi.Profile.Occupation, lisi.Profile.Phone, lisi.Profile.Email,
                    lisi.Profile.Address)
                    .ShouldBe(
                        (CustomerKind.Individual, Gender.Male, "医生", "13800138000", "li.si@example.cn", "北京市朝阳区"));
                lisi.Purchases.Select(p => $"{p.Product}|{p.PurchasedOn:yyyy-MM-dd}").ShouldBe(["家庭理财套餐|2024-03-01"]);
                var wangfang = all.Single(c => c.Name == "王芳");
                (wangfang.Profile.Gender, wangfang.Profile.Occupation).ShouldBe((Gender.Female, "教师"));
                wangfang.Purchases.Select(p => $"{p.Product}|{p.PurchasedOn:yyyy-MM-dd}").ShouldBe(["暑期课程|2024-03-01"]);
                var feedback = await api.WithDbAsync(db => db.Feedback.AsNoTracking().ToListAsync());
                feedback.Where(f => f.CustomerId == lisi.Id).Select(f => $"{f.Category}|{f.Content}").ShouldBe(
                    ["Praise|服务很好，很满意", "Suggestion|希望增加线上咨询"], ignoreOrder: true);
                feedback.Where(f => f.CustomerId == wangfang.Id).Select(f => $"{f.Category}|{f.Content}").ShouldBe(
                    ["Suggestion|一般"]);
            }),
        new("客户分级表", SheetKindName.GRADES,
            ["客户名称", "当前级别", "升级/降级原因", "调整时间", "负责人"],
            [
                ["上海星辰科技有限公司", "重点客户", "预算已批，进入采购流程", "2026/2/20", "赵主管"],
                ["杭州云帆贸易", "B类", "续约意向明确", "２０２６年２月２５日", "小王"],
                ["李四", "C级", "仅咨询", "46070", "张三"],
            ],
            [],
            async (api, ids) =>
            {
                var all = await api.WithDbAsync(db => db.Customers.AsNoTracking().ToListAsync());
                var xingchen = all.Single(c => c.Name == "上海星辰科技有限公司");
                (xingchen.Grade, xingchen.SupervisorGuideId).ShouldBe((CustomerGrade.A, ids.Boss));
                xingchen.GradeHistory[^1].ShouldBe(
                    new GradeChange(null, CustomerGrade.A, "预算已批，进入采购流程", ids.Boss, Shanghai(2026, 2, 20)));
                var yunfan = all.Single(c => c.Name == "杭州云帆贸易");
                yunfan.GradeHistory[^1].ShouldBe(
                    new GradeChange(null, CustomerGrade.B, "续约意向明确", ids.Wang, Shanghai(2026, 2, 25)));
                all.Single(c => c.Name == "李四").GradeHistory[^1].ShouldBe(
                    new GradeChange(null, CustomerGrade.C, "仅咨询", ids.Zhang, Shanghai(2026, 2, 17)));
            }),
        new("客户转化记录表", SheetKindName.CONVERSIONS,
            ["客户名称", "转化时间", "成交金额", "产品/服务", "转化关键因素", "负责人"],
            [
                ["上海星辰科技有限公司", "2026-02-28", "６５万", "CRM 系统", "方案演示打动决策人", "小王"],
                ["杭州云帆贸易", "2026年2月27日", "¥30,000", "年度订阅服务", "价格优惠", "zhang"],
            ],
            [],
            async (api, ids) =>
            {
                var deals = await api.WithDbAsync(db => db.Deals.AsNoTracking().OrderBy(d => d.Amount).ToListAsync());
                deals.Select(d => $"{d.Product}|{d.Amount:0}|{d.Status}|{d.ClosedAt:yyyy-MM-ddTHH:mm}").ShouldBe(
                    ["年度订阅服务|30000|Won|2026-02-26T16:00", "CRM 系统|650000|Won|2026-02-27T16:00"]);
                deals.Select(d => d.OwnerId).ShouldBe([ids.Zhang, ids.Wang]);
            }),
        new("客户服务", SheetKindName.SERVICES,
            ["客户名称", "服务类型", "服务日期", "服务内容", "服务结果"],
            [
                ["上海星辰科技有限公司", "咨询服务", "2026/2/26", "咨询数据迁移方案", "已提供迁移文档"],
                ["李四", "投诉处理", "2026年2月27日", "理财经理回复慢", "已更换专属顾问"],
                ["王芳", "售后服务", "2026-02-28 14:30", "课程资料缺页", null],
            ],
            [],
            async (api, ids) =>
            {
                var services = await api.WithDbAsync(
                    db => db.ServiceRecords.AsNoTracking().OrderBy(s => s.RequestedAt).ToListAsync());
                services.Select(s => $"{s.Type}|{s.Content}|{s.Result}|{s.RequestedAt:yyyy-MM-ddTHH:mm}").ShouldBe(
                [
                    "Consultation|咨询数据迁移方案|已提供迁移文档|2026-02-25T16:00",
                    "Complaint|理财经理回复慢|已更换专属顾问|2026-02-26T16:00",
                    "AfterSales|课程资料缺页||2026-02-28T06:30",
                ]);
            }),
        new("沟通计划", SheetKindName.FOLLOW_UP_PLANS,
            ["客户名称", "沟通日期", "沟通方式", "沟通目的", "沟通内容"],
            [
                ["北京远航物流", "2026/3/5", "上门", "商务谈判", "带合同样本"],
                ["王芳", "2026年3月10日", "微信", "客户关怀", "询问课程体验"],
                ["李四", "46090", "电话", null, null],
            ],
            [],
            async (api, ids) =>
            {
                var plans = await api.WithDbAsync(
                    db => db.FollowUpPlans.AsNoTracking().Where(p => !p.FromCadence).ToListAsync());
                var names = await api.WithDbAsync(
                    db => db.Customers.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name));
                plans.Where(p => names[p.CustomerId] is "北京远航物流" or "王芳" or "李四").OrderBy(p => p.DueAt)
                    .Select(p => $"{names[p.CustomerId]}|{p.DueAt:yyyy-MM-ddTHH:mm}|{p.Channel}|{p.Purpose}|{p.PreparedContent}").ShouldBe(
                    [
                        "北京远航物流|2026-03-04T16:00|Visit|Negotiation|带合同样本",
                        "李四|2026-03-08T16:00|Phone|Other|",
                        "王芳|2026-03-09T16:00|WeChat|Care|询问课程体验",
                    ]);
            }),
        new("跟进计划表", SheetKindName.FOLLOW_UP_PLANS,
            ["客户名称", "跟进时间", "跟进方式", "沟通内容", "客户反馈", "下一步行动", "负责人"],
            [
                ["杭州云帆贸易", "2026-03-06 10:00", "电话", "确认续约条款", "希望年付有折扣", "发送报价单", "小王"],
                ["北京远航物流", "2026/3/12", "面谈", "演示车队模块", null, "安排试用", "张三"],
            ],
            [],
            async (api, ids) =>
            {
                var names = await api.WithDbAsync(
                    db => db.Customers.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name));
                var plans = await api.WithDbAsync(db => db.FollowUpPlans.AsNoTracking().Where(
                    p => p.DueAt >= Shanghai(2026, 3, 6)).OrderBy(p => p.DueAt).ToListAsync());
                plans.Select(p => $"{names[p.CustomerId]}|{p.DueAt:yyyy-MM-ddTHH:mm}|{p.Channel}|{p.PreparedContent}")
                    .ShouldBe(
                [
                    "杭州云帆贸易|2026-03-06T02:00|Phone|确认续约条款\n下一步行动：发送报价单",
                    "李四|2026-03-08T16:00|Phone|",
                    "王芳|2026-03-09T16:00|WeChat|询问课程体验",
                    "北京远航物流|2026-03-11T16:00|Meeting|演示车队模块\n下一步行动：安排试用",
                ]);
                plans.Where(p => names[p.CustomerId] is not "王芳" and not "李四").Select(p => p.OwnerId).ShouldBe(
                    [ids.Wang, ids.Zhang]);
                var feedback = await api.WithDbAsync(db => db.Feedback.AsNoTracking().ToListAsync());
                feedback.Where(f => names[f.CustomerId] == "杭州云帆贸易")
                    .Select(f => $"{f.Category}|{f.Content}|{f.OwnerId == ids.Wang}")
                    .ShouldBe(["Suggestion|希望年付有折扣|True"]);
            }),
        new("跟进记录", SheetKindName.FOLLOW_UP_RECORDS,
            ["客户名称", "跟进时间", "跟进方式", "沟通内容", "跟进人"],
            [
                ["北京远航物流", "2026/2/27 15:00", "电话", "确认试用范围", "张三"],
                ["王芳", "２０２６年２月２８日", "微信", "发送课程资料", "admin"],
            ],
            [],
            async (api, ids) =>
            {
                var all = await api.WithDbAsync(db => db.Customers.AsNoTracking().ToListAsync());
                all.Single(c => c.Name == "北京远航物流").LastFollowUpAt.ShouldBe(Shanghai(2026, 2, 27, 15));
                all.Single(c => c.Name == "王芳").LastFollowUpAt.ShouldBe(Shanghai(2026, 2, 28));
                var records = await api.WithDbAsync(
                    db => db.FollowUpRecords.AsNoTracking().OrderBy(r => r.HappenedAt).ToListAsync());
                records.Select(r => $"{r.Channel}|{r.Content}|{r.OwnerId == ids.Zhang}")
                    .ShouldBe(["Phone|确认试用范围|True", "WeChat|发送课程资料|False"]);
            }),
    ];

    private static async Task<(TestApi Api, string Token, Ids Ids)> TeamAsync(Engine engine)
    {
        var api = await TestApi.StartAsync(engine);
        var ids = await api.WithDbAsync(async db =>
        {
            var admin = await db.Users.AsNoTracking().SingleAsync(u => u.Login == FirstRunSeeder.AdminLogin);
            var zhang = User.Enroll(
                api.Ids.NewId(), "zhang", "张三", UserRole.Salesperson, admin.TeamId, api.Clock.GetUtcNow());
            var boss = User.Enroll(
                api.Ids.NewId(), "boss", "赵主管", UserRole.Supervisor, admin.TeamId, api.Clock.GetUtcNow());
            var wang = User.Enroll(
                api.Ids.NewId(), "wang", "王小明", UserRole.Salesperson, admin.TeamId, api.Clock.GetUtcNow());
            db.Users.AddRange(zhang, boss, wang);
            await db.SaveChangesAsync();
            return new Ids(admin.Id, zhang.Id, boss.Id, wang.Id);
        });
        return (api, await api.TokenAsync("admin"), ids);
    }

    private static string Column(int index) => ((char)('A' + index)).ToString();

    // A title row merged across the sheet, then a two-level header: 客户名称 merged down over both header rows, a
    // group heading merged across the others, the template's own headers below it; a blank row among the data.
    private static byte[] Xlsx(SheetCase sheet)
    {
        var width = sheet.Headers.Length;
        string?[] title = [sheet.File + "（2026年）"];
        string?[] upper = [sheet.Headers[0], "详细信息", .. Enumerable.Repeat<string?>(null, width - 2)];
        string?[] lower = [null, .. sheet.Headers.Skip(1)];
        var rows = new[] { title, upper, lower }.Concat(WithBlankRow(sheet.Rows));
        var last = Column(width - 1);
        return TeamSheetFiles.XlsxWithMerges(rows, $"A1:{last}1", "A2:A3", $"B2:{last}2");
    }

    private static byte[] Csv(SheetCase sheet) =>
        SheetFiles.Csv(
            new[] { new string?[] { sheet.File + "（2026年）" }, sheet.Headers }.Concat(WithBlankRow(sheet.Rows)));

    private static IEnumerable<string?[]> WithBlankRow(string?[][] rows) =>
        rows.Take(1).Append(new string?[rows[0].Length]).Concat(rows.Skip(1));

    private static Dictionary<string, object?> Input(SheetCase sheet, bool dryRun = false, bool ignore = true) => new()
    {
        ["file"] = null,
        ["dryRun"] = dryRun,
        ["ignoreColumns"] = ignore ? sheet.Ignore : Array.Empty<string>(),
        ["ownerMap"] = OwnerMap.Select(p => new { name = p.Key, login = p.Value }).ToArray(),
    };

    [EngineFact]
    public Task Every_sheet_as_xlsx_with_merged_headers_imports_with_nothing_refused_or_dropped(Engine engine) =>
        ImportAllAsync(engine, Xlsx, ".xlsx");

    [EngineFact]
    public Task Every_sheet_as_csv_imports_with_nothing_refused_or_dropped(Engine engine) =>
        ImportAllAsync(engine, Csv, ".csv");

    private static async Task ImportAllAsync(Engine engine, Func<SheetCase, byte[]> write, string extension)
    {
        var (api, token, ids) = await TeamAsync(engine);
        await using var _ = api;
        foreach (var sheet in Cases)
        {
            var file = write(sheet);
            if (sheet.Ignore.Length > 0)
            {
                // Without --ignore-column the column that no field takes refuses the import, naming it.
                var refused = await TeamSheetFiles.UploadAsync(
                    api, token, file, sheet.File + extension, Input(sheet, ignore: false));
                refused["refusals"]!.AsArray().Select(r => $"{r!["column"]} {r["code"]}").ShouldBe(
                    sheet.Ignore.Select(h => $"{h} UNMAPPED_COLUMN"), refused.ToJsonString());
                refused["committed"]!.GetValue<bool>().ShouldBeFalse();
            }

            var dry = await TeamSheetFiles.UploadAsync(
                api, token, file, sheet.File + extension, Input(sheet, dryRun: true));
            var report = await TeamSheetFiles.UploadAsync(api, token, file, sheet.File + extension, Input(sheet));

            var context = $"{sheet.File}{extension}: {report.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}";
            (report["committed"]!.GetValue<bool>(), report["refusedRows"]!.GetValue<int>(), report[
                "created"]!.GetValue<int>()).ShouldBe((true, 0, sheet.Rows.Length), context);
            report["template"]!.GetValue<string>().ShouldBe(sheet.Template.ToString(), context);
            dry["created"]!.GetValue<int>().ShouldBe(sheet.Rows.Length, context);
            var columns = dry["columns"]!.AsArray()
                .Select(c => (Header: c!["header"]!.GetValue<string>(), Status: c["status"]!.GetValue<string>()))
                .ToList();
            columns.Select(c => c.Header).ShouldBe(sheet.Headers!, context);
            columns.ShouldAllBe(c => c.Status == (sheet.Ignore.Contains(c.Header) ? "IGNORED" : "MAPPED"), context);
            await sheet.Check(api, ids);
        }
    }
}
