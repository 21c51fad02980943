using System.Text;
using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>
/// Exporting the templates about existing customers (客户分级表, 跟进记录, 跟进计划表, 客户转化记录表, 客户服务表): what was
/// imported comes out in the same template, and a file exported from one team imports into another unchanged.
/// </summary>
public sealed class TemplateExportTests
{
    private const string Export = """
        query($template: SpreadsheetTemplate!, $where: CustomerFilterInput, $format: SpreadsheetFormat!, $language: SpreadsheetLanguage!) {
          spreadsheet(template: $template, where: $where, format: $format, language: $language) { fileName rowCount contentBase64 }
        }
        """;

    private static readonly Dictionary<string, IEnumerable<string?[]>> Imports = new(StringComparer.Ordinal)
    {
        ["GRADES"] =
        [
            ["客户名称", "联系电话", "新等级", "升级/降级原因", "指导主管"],
            ["杭州云帆贸易", null, "B级", "预算已明确，三个月内签约", null],
            ["李四", "13800138000", "A", "两周内签约", "赵主管"],
        ],
        ["FOLLOW_UP_RECORDS"] =
        [
            ["客户名称", "跟进时间", "跟进方式", "沟通目的", "沟通内容", "客户反馈", "跟进结果", "下一步行动", "下次跟进时间", "跟进人"],
            ["上海星辰科技有限公司", "2026年2月25日 10:00", "电话", "需求挖掘", "确认预算与上线时间", "预算 60 万", "有意向", "发送方案", "2026-03-05", "张三"],
            ["李四", "2026-02-28 15:30", "微信", null, "发送理财资料", null, null, null, null, null],
        ],
        ["FOLLOW_UP_PLANS"] =
        [
            ["客户名称", "沟通时间", "沟通方式", "沟通目的", "沟通内容"],
            ["上海星辰科技有限公司", "2026年3月5日 10:00", "面谈", "商务谈判", "带合同样本"],
            ["王芳", "2026/3/10", "电话", "客户关怀", null],
        ],
        ["CONVERSIONS"] =
        [
            ["客户名称", "成交产品", "成交金额", "转化关键因素", "合作模式", "合作开始日期", "合作结束日期", "成交日期", "负责人"],
            ["上海星辰科技有限公司", "CRM 年度订阅", "¥400,000", "试用效果好", "年度订阅", "2026年3月1日", "2027/2/28", "2026-02-26 16:00", "张三"],
            ["李四", "理财顾问服务", "2万", "朋友推荐", null, null, null, null, null],
        ],
        ["SERVICES"] =
        [
            ["客户名称", "服务类型", "服务时间", "服务内容", "处理结果", "是否满意", "回访记录", "回访时间", "是否关闭", "负责人"],
            ["上海星辰科技有限公司", "投诉", "2026年2月20日", "报表打不开", "修复了权限配置", "满意", "回访确认已恢复", "2026-02-22 09:30", "是", "张三"],
            ["上海星辰科技有限公司", "投诉", "2026-02-23", "导出慢", "加了索引", "否", "仍然慢", "2026-02-24", null, null],
            ["李四", "咨询", "2026/2/25", "询问续费价格", null, null, null, null, null, null],
        ],
    };

    private static async Task<TestApi> TeamWithCustomersAsync(Engine engine)
    {
        var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        (await SheetFiles.UploadAsync(api, token, SheetFiles.Csv(CustomerExamples.File()), "客户信息表.csv", "CUSTOMERS"))
            .Report()["committed"]!.GetValue<bool>()
            .ShouldBeTrue();
        return api;
    }

    private static async Task<(byte[] Bytes, string FileName, int Rows)> ExportAsync(
        TestApi api, string template, string format = "CSV", string language = "CHINESE", object? where = null,
        string login = "admin")
    {
        var response = await api.PostAsync(
            await api.TokenAsync(login), Export, new { template, where, format, language });
        var file = response.Data?["spreadsheet"] ?? throw new InvalidOperationException(response.ToString());
        return (Convert.FromBase64String(file["contentBase64"]!.GetValue<string>()), file[
            "fileName"]!.GetValue<string>(), file["rowCount"]!.GetValue<int>());
    }

    private static string Text(byte[] csv) => Encoding.UTF8.GetString(csv).TrimStart('\uFEFF');

    [EngineFact]
    public async Task Each_template_comes_out_as_it_was_imported_and_imports_into_another_team_unchanged(Engine engine)
    {
        await using var source = await TeamWithCustomersAsync(engine);
        var admin = await source.TokenAsync("admin");
        foreach (var (template, rows) in Imports)
        {
            (await SheetFiles.UploadAsync(source, admin, SheetFiles.Csv(rows), "in.csv", template))
                .Report()["committed"]!.GetValue<bool>()
                .ShouldBeTrue(template);
        }

        foreach (var (template, format, language) in new[] { ("GRADES", "CSV", "CHINESE"), ("FOLLOW_UP_RECORDS", "CSV", "CHINESE"), ("FOLLOW_UP_PLANS", "CSV", "CHINESE"), ("CONVERSIONS", "CSV", "CHINESE"), ("SERVICES", "CSV", "CHINESE"), ("SERVICES", "XLSX", "ENGLISH") })
        {
            var exported = await ExportAsync(source, template, format, language);
            await using var target = await TeamWithCustomersAsync(engine);

            var report = (await SheetFiles.UploadAsync(
                target, await target.TokenAsync("admin"), exported.Bytes, exported.FileName, template))
                .Report();
            var again = await ExportAsync(target, template, format, language);

            (report["committed"]!.GetValue<bool>(), report["unknownColumns"]!.AsArray().Count)
                .ShouldBe((true, 0), $"{template} {format}: {report}");
            Rows(again.Bytes, format).ShouldBe(Rows(exported.Bytes, format), $"{template} {format} {language}");
        }
    }

    [EngineFact]
    public async Task The_exported_rows_carry_every_column_of_the_template_as_the_import_reads_it(Engine engine)
    {
        await using var api = await TeamWithCustomersAsync(engine);
        var admin = await api.TokenAsync("admin");
        foreach (var template in new[] { "CONVERSIONS", "SERVICES", "GRADES" })
        {
            await SheetFiles.UploadAsync(api, admin, SheetFiles.Csv(Imports[template]), "in.csv", template);
        }

        var services = await ExportAsync(api, "SERVICES");
        var conversions = await ExportAsync(api, "CONVERSIONS", where: new { name = new { contains = "星辰" } });
        var grades = await ExportAsync(api, "GRADES", where: new { name = new { eq = "李四" } });

        (services.FileName, services.Rows, conversions.FileName, conversions.Rows)
            .ShouldBe(("客户服务表.csv", 3, "客户转化记录表.csv", 1));
        Text(services.Bytes).ShouldBe(
            "客户名称,联系电话,服务类型,服务时间,服务内容,处理结果,是否满意,回访记录,回访时间,是否关闭,负责人\r\n" +
            "上海星辰科技有限公司,13900000001,投诉,2026-02-20,报表打不开,修复了权限配置,是,回访确认已恢复,2026-02-22 09:30,是,zhang\r\n" +
            "上海星辰科技有限公司,13900000001,投诉,2026-02-23,导出慢,加了索引,否,仍然慢,2026-02-24,,zhang\r\n" +
            "李四,+86 138-0013-8000,咨询,2026-02-25,询问续费价格,,,,,,zhang\r\n");
        Text(conversions.Bytes).ShouldBe(
            "客户名称,联系电话,成交产品,成交金额,转化关键因素,合作模式,合作开始日期,合作结束日期,转化时间,负责人\r\n" +
            "上海星辰科技有限公司,13900000001,CRM 年度订阅,400000,试用效果好,年度订阅,2026-03-01,2027-02-28,2026-02-26 16:00,zhang\r\n");
        Text(grades.Bytes).ShouldBe("客户名称,联系电话,客户等级,分级原因,指导主管\r\n李四,+86 138-0013-8000,A级,两周内签约,boss\r\n");
        var won = await api.PostAsync(admin, """{ deals(where: { status: { eq: WON } }, order: [{ amount: DESC }]) { nodes { conversion { convertedAt cooperationMode termStart termEnd } } } }""");
        var conversion = won.Data!["deals"]!["nodes"]![0]!["conversion"]!;
        $"{conversion["convertedAt"]} {conversion["cooperationMode"]} {conversion["termStart"]} {conversion["termEnd"]}".ShouldBe("2026-02-26T08:00:00.000Z 年度订阅 2026-03-01 2027-02-28");
    }

    [EngineFact]
    public async Task A_salesperson_exports_only_the_records_of_customers_they_may_see(Engine engine)
    {
        await using var api = await TeamWithCustomersAsync(engine);
        var admin = await api.TokenAsync("admin");
        await SheetFiles.UploadAsync(
            api, admin, SheetFiles.Csv(Imports["FOLLOW_UP_RECORDS"]), "in.csv", "FOLLOW_UP_RECORDS");
        await api.EnrollAsync("li", UserRole.Salesperson);

        (await ExportAsync(api, "FOLLOW_UP_RECORDS", login: "zhang")).Rows.ShouldBe(2);
        (await ExportAsync(api, "FOLLOW_UP_RECORDS", login: "li")).Rows.ShouldBe(0);
        (await ExportAsync(api, "FOLLOW_UP_RECORDS", where: new { name = new { eq = "李四" } })).Rows.ShouldBe(1);
    }

    private static List<string> Rows(byte[] bytes, string format) => format == "XLSX"
        ? [.. SheetFiles.ReadXlsx(bytes).Select(r => string.Join('|', r))]
        : [.. Text(bytes).Split("\r\n")];
}
