using System.Text;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>
/// Exporting the 客户信息表: the same template back, honouring visibility and filters, and importing back unchanged.
/// </summary>
public sealed class CustomerExportTests
{
    private const string Export = """
        query($where: CustomerFilterInput, $format: SpreadsheetFormat!, $language: SpreadsheetLanguage!) {
          customersSpreadsheet(where: $where, format: $format, language: $language) { fileName contentType rowCount contentBase64 }
        }
        """;

    private static async Task<(byte[] Bytes, string FileName, int Rows)> ExportAsync(
        TestApi api, string token, string format, string language = "CHINESE", object? where = null)
    {
        var response = await api.PostAsync(token, Export, new { where, format, language });
        var file = response.Data?["customersSpreadsheet"] ?? throw new InvalidOperationException(response.ToString());
        return (Convert.FromBase64String(file["contentBase64"]!.GetValue<string>()), file[
            "fileName"]!.GetValue<string>(), file["rowCount"]!.GetValue<int>());
    }

    [EngineFact]
    public async Task An_exported_file_imports_back_unchanged_in_csv_and_xlsx_with_Chinese_or_English_headers(
        Engine engine)
    {
        await using var source = await TestApi.StartAsync(engine);
        var sourceToken = await CustomerImportTests.TeamAsync(source);
        (await SheetFiles.UploadAsync(source, sourceToken, SheetFiles.Xlsx(
            CustomerExamples.File()), "in.xlsx", "CUSTOMERS")).Report()["committed"]!.GetValue<bool>().ShouldBeTrue();

        foreach (var (format, language) in new[] { (
            "CSV", "CHINESE"), ("XLSX", "CHINESE"), ("CSV", "ENGLISH"), ("CSV_GBK", "CHINESE") })
        {
            var exported = await ExportAsync(source, sourceToken, format, language);
            await using var target = await TestApi.StartAsync(engine);
            var targetToken = await CustomerImportTests.TeamAsync(target);

            var report = (await SheetFiles.UploadAsync(
                target, targetToken, exported.Bytes, exported.FileName, "CUSTOMERS"))
                .Report();
            var again = await ExportAsync(target, targetToken, format, language);

            (report["committed"]!.GetValue<bool>(), report["created"]!.GetValue<int>(), report[
                "unknownColumns"]!.AsArray().Count).ShouldBe((true, 4, 0), $"{format} {language}: {report}");
            Rows(again.Bytes, format).ShouldBe(Rows(exported.Bytes, format), $"{format} {language}");
        }
    }

    [EngineFact]
    public async Task The_export_is_the_template_with_each_value_written_as_the_import_reads_it(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        await SheetFiles.UploadAsync(api, token, SheetFiles.Csv(CustomerExamples.File()), "in.csv", "CUSTOMERS");

        var (bytes, fileName, rows) = await ExportAsync(
            api, token, "CSV", where: new { name = new { contains = "星辰" } });

        (fileName, rows).ShouldBe(("客户信息表.csv", 1));
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').ShouldBe(
            "客户名称,客户类型,联系人,关键决策人,职务,联系电话,邮箱,微信,地址,性别,生日,职业,行业,企业规模,主营业务,网站,成立日期,客户来源,负责人,指导主管,首次接触时间,需求产品,预算范围,预计成交时间" +
            ",需求描述,客户等级,标签,偏好和习惯,性格特点,特殊需求\r\n" +
            "上海星辰科技有限公司,企业,王总,否,总经理,13900000001,wang@xingchen.cn,xc_wang,上海市浦东新区张江路 88 " +
            "号,,,,软件,50-100人,,,,展会,zhang,boss,2026-02-20,CRM " +
            "系统,500000-800000,2026-03-15,替换现有表格管理,A级,价格敏感、决策链长,喜欢上午沟通,务实,\r\n");
    }

    [EngineFact]
    public async Task A_salesperson_exports_only_the_customers_they_may_see(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var admin = await CustomerImportTests.TeamAsync(api);
        await SheetFiles.UploadAsync(api, admin, SheetFiles.Csv(CustomerExamples.File()), "in.csv", "CUSTOMERS");
        var zhang = await api.TokenAsync("zhang");
        var li = await api.EnrollAsync("li", UserRole.Salesperson);

        (await ExportAsync(api, zhang, "CSV")).Rows.ShouldBe(3);
        (await ExportAsync(api, li, "CSV")).Rows.ShouldBe(0);
        (await ExportAsync(api, admin, "XLSX")).Rows.ShouldBe(4);
        (await api.WithDbAsync(db => db.Customers.CountAsync())).ShouldBe(4);
    }

    private static List<string> Rows(byte[] bytes, string format) => format switch
    {
        "XLSX" => [.. SheetFiles.ReadXlsx(bytes).Select(r => string.Join('|', r))],
        "CSV_GBK" => [.. Encoding.GetEncoding("GBK").GetString(bytes).Split("\r\n")],
        _ => [.. Encoding.UTF8.GetString(bytes).Split("\r\n")],
    };
}
