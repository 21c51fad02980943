using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>The templates about existing customers: 客户分级表, 跟进记录, 跟进计划表 / 沟通计划表, on both engines.</summary>
public sealed class ActivityImportTests
{
    private static async Task<(TestApi Api, string Token)> WithCustomersAsync(Engine engine)
    {
        var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        (await SheetFiles.UploadAsync(api, token, SheetFiles.Csv(CustomerExamples.File()), "客户信息表.csv", "CUSTOMERS"))
            .Report()["committed"]!.GetValue<bool>()
            .ShouldBeTrue();
        return (api, token);
    }

    [EngineFact]
    public async Task The_grade_table_regrades_with_reasons_and_refuses_what_the_rules_refuse(Engine engine)
    {
        var (api, token) = await WithCustomersAsync(engine);
        await using var _ = api;
        string?[] header = ["客户名称", "联系电话", "新等级", "升级/降级原因", "指导主管", "调整人"];
        var good = SheetFiles.Xlsx([
            header, ["杭州云帆贸易", null, "B级", "预算已明确，三个月内签约", null, "张三"],
            ["李四", "13800138000", "A", "两周内签约", "赵主管", null]]);
        var bad = SheetFiles.Xlsx([
            header, ["杭州云帆贸易", null, "A级", "直接签约", null, null], ["不存在的客户", null, "B", "x", null, null],
            ["王芳", null, "D", "x", null, null], ["王芳", null, "B", null, null, null]]);

        var refused = (await SheetFiles.UploadAsync(api, token, bad, "分级.xlsx", "GRADES")).Report();
        var imported = (await SheetFiles.UploadAsync(api, token, good, "分级.xlsx", "GRADES")).Report();

        refused["refusals"]!.AsArray().Select(r => $"{r!["row"]} [{r["column"]}] {r["code"]}").ShouldBe(
            [
                "2 [指导主管] A_GRADE_NEEDS_SUPERVISOR_GUIDE", "3 [客户名称] CUSTOMER_NOT_FOUND", "4 [新等级] INVALID_CELL",
                "5 [升级/降级原因] REQUIRED"]);
        (imported["committed"]!.GetValue<bool>(), imported["created"]!.GetValue<int>())
            .ShouldBe((true, 2), imported.ToJsonString());
        imported["unknownColumns"]!.AsArray().ShouldBeEmpty(); // 调整人 is who changed the grade since issue #20
        var yunfan = await api.WithDbAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Name == "杭州云帆贸易"));
        yunfan.Grade.ShouldBe(CustomerGrade.B);
        yunfan.GradeHistory[^1].Reason.ShouldBe("预算已明确，三个月内签约");
        var grades = await api.PostAsync(
            token,
            """{ customers(where: { name: { eq: "李四" } }) { nodes { grade gradeHistory { from to reason } } } }""");
        grades.Data!["customers"]!["nodes"]![0]!["gradeHistory"]!.AsArray()
            .Select(g => $"{g!["from"]}>{g["to"]} {g["reason"]}")
            .ShouldContain("B>A 两周内签约");
    }

    [EngineFact]
    public async Task Follow_up_records_import_through_the_domain_and_are_listed_in_the_API(Engine engine)
    {
        var (api, token) = await WithCustomersAsync(engine);
        await using var _ = api;
        string?[] header = ["跟进记录"];
        string?[] columns = ["客户名称", "跟进时间", "跟进方式", "沟通目的", "沟通内容", "客户反馈", "跟进结果", "下一步行动", "下次跟进时间", "跟进人"];
        var file = SheetFiles.Csv([header, columns,
            ["上海星辰科技有限公司", "2026年2月25日 10:00", "电话", "需求挖掘", "确认预算与上线时间", "预算 60 万", "有意向", "发送方案", "2026-03-05", "张三"],
            ["上海星辰科技有限公司", "2026/2/27", "面谈", "方案演示", "现场演示", "满意", null, null, null, "zhang"],
            ["李四", "2026-02-28 15:30", "微信", null, "发送理财资料", null, null, null, null, null]]);

        var report = (await SheetFiles.UploadAsync(api, token, file, "跟进记录.csv", "FOLLOW_UP_RECORDS")).Report();

        (report["committed"]!.GetValue<bool>(), report["created"]!.GetValue<int>())
            .ShouldBe((true, 3), report.ToJsonString());
        var node = await api.PostAsync(token, "query($id: ID!) { node(id: $id) { __typename ... on FollowUpRecord { " +
            "content } } }", new { id = report["rows"]![0]!["recordId"]!.GetValue<string>() });
        node.Data!["node"]!["content"]!.GetValue<string>().ShouldBe("确认预算与上线时间", node.ToString());
        var records = await api.WithDbAsync(
            db => db.FollowUpRecords.AsNoTracking().OrderBy(r => r.HappenedAt).ToListAsync());
        records.Select(r => (r.Channel, r.Purpose, r.Content)).ShouldBe([
            (FollowUpChannel.Phone, FollowUpPurpose.NeedsDiscovery, "确认预算与上线时间"),
            (FollowUpChannel.Meeting, FollowUpPurpose.Presentation, "现场演示"),
            (FollowUpChannel.WeChat, FollowUpPurpose.Other, "发送理财资料")]);
        records[0].HappenedAt.ShouldBe(new DateTimeOffset(2026, 2, 25, 2, 0, 0, TimeSpan.Zero));
        var listed = await api.PostAsync(token, "{ followUpRecords(first: 10) { totalCount } }");
        listed.Data!["followUpRecords"]!["totalCount"]!.GetValue<int>().ShouldBe(3, listed.ToString());
        (await api.WithDbAsync(db => db.FollowUpPlans.CountAsync(p => p.DueAt < api.Clock.GetUtcNow()))).ShouldBe(0);
        (await api.WithDbAsync(
            db => db.FollowUpPlans.AnyAsync(p => p.DueAt == new DateTimeOffset(2026, 3, 4, 16, 0, 0, TimeSpan.Zero))))
            .ShouldBeTrue();
    }

    [EngineFact]
    public async Task Broken_follow_up_records_are_reported_cell_by_cell_and_nothing_is_written(Engine engine)
    {
        var (api, token) = await WithCustomersAsync(engine);
        await using var _ = api;
        string?[] columns = ["客户名称", "联系电话", "跟进时间", "跟进方式", "沟通内容", "下次跟进时间", "跟进人"];
        var file = SheetFiles.Csv([columns,
            ["上海星辰科技有限公司", null, "2026-02-25", "电话", "正常的一行", null, null],
            ["上海星辰科技有限公司", null, "2026-02-30", "飞鸽传书", null, null, null],
            ["上海星辰科技有限公司", null, "2027-01-01", "电话", "未来的记录", null, null],
            ["上海星辰科技有限公司", null, "2026-02-25", "电话", "下次早于本次", "2026-02-20", null],
            ["上海星辰科技有限公司", "13000000000", "2026-02-25", "电话", "电话对不上", null, null],
            ["李四", null, "2026-02-25", "电话", "跟进人不存在", null, "王五"],
            [null, null, "2026-02-25", "电话", "没有客户", null, null]]);

        var report = (await SheetFiles.UploadAsync(api, token, file, "跟进记录.csv", "FOLLOW_UP_RECORDS")).Report();

        report["refusals"]!.AsArray().Select(r => $"{r!["row"]} [{r["column"]}] {r["code"]}").ShouldBe(
        [
            "3 [跟进时间] INVALID_CELL", "3 [跟进方式] INVALID_CELL", "3 [沟通内容] REQUIRED",
            "4 [跟进时间] FOLLOW_UP_IN_FUTURE",
            "5 [下次跟进时间] NEXT_FOLLOW_UP_NOT_AFTER",
            "6 [客户名称] CUSTOMER_NOT_FOUND",
            "7 [跟进人] UNKNOWN_USER",
            "8 [客户名称] REQUIRED",
        ]);
        (await api.WithDbAsync(db => db.FollowUpRecords.CountAsync())).ShouldBe(0);
    }

    [EngineFact]
    public async Task A_communication_plan_becomes_follow_up_plans_of_the_customers_owners(Engine engine)
    {
        var (api, token) = await WithCustomersAsync(engine);
        await using var _ = api;
        string?[] columns = ["客户名称", "沟通时间", "沟通方式", "沟通目的", "沟通内容"];
        var file = SheetFiles.Xlsx([["沟通计划表"], columns,
            ["上海星辰科技有限公司", "2026年3月5日 10:00", "面谈", "商务谈判", "带合同样本"],
            ["王芳", "2026/3/10", "电话", "客户关怀", null],
            ["王芳", "下周", "电话", null, null]]);

        var refused = (await SheetFiles.UploadAsync(api, token, file, "沟通计划表.xlsx", "FOLLOW_UP_PLANS")).Report();
        var imported = (await SheetFiles.UploadAsync(api, token, SheetFiles.Xlsx([
            ["沟通计划表"], columns, ["上海星辰科技有限公司", "2026年3月5日 10:00", "面谈", "商务谈判", "带合同样本"],
            ["王芳", "2026/3/10", "电话", "客户关怀", null]]), "沟通计划表.xlsx", "FOLLOW_UP_PLANS")).Report();

        refused["refusals"]!.AsArray().Select(r => $"{r!["row"]} [{r["column"]}] {r["code"]}").ShouldBe(
            ["5 [沟通时间] INVALID_CELL"]);
        (imported["committed"]!.GetValue<bool>(), imported["created"]!.GetValue<int>()).ShouldBe((true, 2));
        var plans = await api.PostAsync(token, "{ followUpPlans(first: 10, order: [{ dueAt: ASC }]) { nodes { dueAt " +
            "channel purpose preparedContent } } }");
        plans.Data!["followUpPlans"]!["nodes"]!.AsArray()
            .Select(p => $"{p!["dueAt"]} {p["channel"]} {p["purpose"]} {p["preparedContent"]}")
            .ShouldBe(
            [
                "2026-03-05T02:00:00.000Z MEETING NEGOTIATION 带合同样本",
                "2026-03-09T16:00:00.000Z PHONE CARE "], plans.ToString());
        var wangfang = await api.WithDbAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Name == "王芳"));
        (await api.WithDbAsync(db => db.FollowUpPlans.AsNoTracking().SingleAsync(
            p => p.CustomerId == wangfang.Id))).OwnerId.ShouldBe(wangfang.OwnerId!.Value);
    }

    [EngineFact]
    public async Task Conversion_records_open_and_win_deals_and_bad_rows_are_refused(Engine engine)
    {
        var (api, token) = await WithCustomersAsync(engine);
        await using var _ = api;
        string?[] columns = ["客户名称", "成交产品", "成交金额", "转化关键因素", "合作模式", "合作开始日期", "合作结束日期", "负责人"];
        var bad = SheetFiles.Csv([["客户转化记录表"], columns,
            ["上海星辰科技有限公司", "CRM 年度订阅", "50-80万", "试用效果好", null, null, null, null],
            ["上海星辰科技有限公司", null, "40万", null, null, null, null, null],
            ["上海星辰科技有限公司", "CRM", "40万", "试用", "年度", "2026-12-01", "2026-01-01", null]]);
        var good = SheetFiles.Csv([["客户转化记录表"], columns,
            ["上海星辰科技有限公司", "CRM 年度订阅", "¥400,000", "试用效果好", "年度订阅", "2026年3月1日", "2027/2/28", "张三"],
            ["李四", "理财顾问服务", "2万", "朋友推荐", null, null, null, null]]);

        var refused = (await SheetFiles.UploadAsync(api, token, bad, "转化.csv", "CONVERSIONS")).Report();
        var imported = (await SheetFiles.UploadAsync(api, token, good, "转化.csv", "CONVERSIONS")).Report();

        refused["refusals"]!.AsArray().Select(r => $"{r!["row"]} [{r["column"]}] {r["code"]}").ShouldBe(
            [
                "3 [成交金额] INVALID_CELL", "4 [成交产品] REQUIRED", "4 [转化关键因素] REQUIRED",
                "5 [合作结束日期] TERM_INVERTED"], refused.ToJsonString());
        (imported["committed"]!.GetValue<bool>(), imported["created"]!.GetValue<int>())
            .ShouldBe((true, 2), imported.ToJsonString());
        var deals = await api.PostAsync(token, "{ deals(first: 10, order: [{ amount: DESC }]) { nodes { status " +
            "product conversion { amount keyFactor } } } }");
        deals.Data!["deals"]!["nodes"]!.AsArray().Select(d => $"{d!["status"]} {d["product"]} " +
            $"{d["conversion"]!["amount"]!.GetValue<decimal>():0} {d["conversion"]!["keyFactor"]}").ShouldBe(
            ["WON CRM 年度订阅 400000 试用效果好", "WON 理财顾问服务 20000 朋友推荐"], deals.ToString());
        var xingchen = await api.WithDbAsync(
            db => db.Customers.AsNoTracking().SingleAsync(c => c.Name == "上海星辰科技有限公司"));
        (xingchen.Stage, xingchen.TermEnd, xingchen.Purchases.Single().Amount)
            .ShouldBe((LifecycleStage.Established, new DateOnly(2027, 2, 28), 400000m));
    }

    [EngineFact]
    public async Task Service_records_import_as_requests_and_resolved_complaints_and_bad_rows_are_refused(Engine engine)
    {
        var (api, token) = await WithCustomersAsync(engine);
        await using var _ = api;
        string?[] columns = ["客户名称", "服务类型", "服务时间", "服务内容", "处理结果", "是否满意", "负责人"];
        var bad = SheetFiles.Csv([["客户服务表"], columns,
            ["上海星辰科技有限公司", "退货", "2026-02-20", "要求退货", null, null, null],
            ["上海星辰科技有限公司", "投诉", null, null, null, null, null],
            ["不存在的公司", "咨询", "2026-02-20", "问价格", null, null, null],
            ["上海星辰科技有限公司", "投诉", "2099-01-01", "未来的投诉", null, null, null]]);
        var good = SheetFiles.Csv([["客户服务表"], columns,
            ["上海星辰科技有限公司", "投诉", "2026年2月20日", "报表打不开", "修复了权限配置", "满意", "张三"],
            ["李四", "咨询", "2026/2/25", "询问续费价格", null, null, null]]);

        var refused = (await SheetFiles.UploadAsync(api, token, bad, "服务.csv", "SERVICES")).Report();
        var imported = (await SheetFiles.UploadAsync(api, token, good, "服务.csv", "SERVICES")).Report();

        refused["committed"]!.GetValue<bool>().ShouldBeFalse();
        refused["refusals"]!.AsArray().Select(r => $"{r!["row"]} {r["code"]}").ShouldBe(
            [
                "3 INVALID_CELL", "4 REQUIRED", "4 REQUIRED", "5 CUSTOMER_NOT_FOUND",
                "6 REQUEST_IN_FUTURE"], refused.ToJsonString());
        (imported["committed"]!.GetValue<bool>(), imported["created"]!.GetValue<int>())
            .ShouldBe((true, 2), imported.ToJsonString());
        var services = await api.PostAsync(token, "{ serviceRecords(first: 10, order: [{ requestedAt: ASC }]) { " +
            "nodes { type status content result satisfied owner { login } } } }");
        services.Data!["serviceRecords"]!["nodes"]!.AsArray()
            .Select(s => $"{s!["type"]} {s["status"]} {s["content"]} {s["result"]} {s["satisfied"]}")
            .ShouldBe(
            ["COMPLAINT RESOLVED 报表打不开 修复了权限配置 true", "CONSULTATION OPEN 询问续费价格  "], services.ToString());
    }

    [EngineFact]
    public async Task Revisits_closings_and_conversion_dates_that_break_the_rules_are_refused_by_row_and_column(
        Engine engine)
    {
        var (api, token) = await WithCustomersAsync(engine);
        await using var _ = api;
        string?[] services = ["客户名称", "服务类型", "服务时间", "服务内容", "处理结果", "是否满意", "回访记录", "回访时间", "是否关闭"];
        var badServices = SheetFiles.Csv([services,
            ["上海星辰科技有限公司", "投诉", "2026-02-20", "报表打不开", null, "是", "回访", null, null],
            ["上海星辰科技有限公司", "投诉", "2026-02-20", "报表打不开", "已修复", null, "回访", null, null],
            ["上海星辰科技有限公司", "咨询", "2026-02-20", "问价格", "已答复", null, null, "2026-02-21", null],
            ["上海星辰科技有限公司", "投诉", "2026-02-20", "导出慢", "加了索引", "否", "仍然慢", "2026-02-21", "是"],
            ["上海星辰科技有限公司", "投诉", "2026-02-20", "导出慢", "加了索引", "是", "好了", "2026-02-19", null],
            ["上海星辰科技有限公司", "咨询", "2026-02-20", "问价格", null, null, null, null, "是"]]);
        string?[] conversions = ["客户名称", "成交产品", "成交金额", "转化关键因素", "成交日期"];
        var badConversion = SheetFiles.Csv(
            [conversions, ["李四", "理财", "2万", "推荐", "2099-01-01"], ["李四", "理财", "2万", "推荐", "去年"]]);

        var refusedServices = (await SheetFiles.UploadAsync(api, token, badServices, "服务.csv", "SERVICES")).Report();
        var refusedConversion = (await SheetFiles.UploadAsync(api, token, badConversion, "转化.csv", "CONVERSIONS"))
            .Report();

        refusedServices["refusals"]!.AsArray().Select(r => $"{r!["row"]} [{r["column"]}] {r["code"]}").ShouldBe(
            [
                "2 [回访记录] NOT_RESOLVED", "3 [是否满意] REQUIRED", "4 [回访时间] NO_REVISIT", "5 [是否关闭] COMPLAINT_NEEDS_REVISIT",
                "6 [回访时间] STEP_BEFORE_PREVIOUS", "7 [是否关闭] NOT_RESOLVED"], refusedServices.ToJsonString());
        refusedConversion["refusals"]!.AsArray().Select(r => $"{r!["row"]} [{r["column"]}] {r["code"]}").ShouldBe(
            ["2 [成交日期] IN_FUTURE", "3 [成交日期] INVALID_CELL"], refusedConversion.ToJsonString());
        (await api.WithDbAsync(db => db.ServiceRecords.CountAsync()) + await api.WithDbAsync(
            db => db.Deals.CountAsync()))
            .ShouldBe(0);
    }
}
