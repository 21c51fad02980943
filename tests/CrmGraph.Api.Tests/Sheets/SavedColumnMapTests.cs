using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>
/// Issue #20 / ADR-043: a column map (and the columns left out) confirmed by a committed import is saved for the team
/// and applied by itself to the next sheet of the same template with the same headers.
/// </summary>
public sealed class SavedColumnMapTests
{
    [EngineFact]
    public async Task A_committed_map_is_applied_to_the_next_sheet_with_the_same_headers_and_only_to_it(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        var mapped = new Dictionary<string, object?>
        {
            ["file"] = null,
            ["template"] = "CUSTOMERS",
            ["columnMap"] = new[] { new { header = "客户星级", field = "grade" } },
            ["ignoreColumns"] = new[] { "年龄" },
        };
        var plain = new Dictionary<string, object?> { ["file"] = null };
        byte[] File(string name, params string[] headers) =>
            SheetFiles.Csv(
                [headers, [.. headers.Select(h => h.Trim() == "客户名称" ? name : h.Trim() == "客户星级" ? "B级" : "30")]]);

        var dry = await TeamSheetFiles.UploadAsync(
            api, token, File("试运行公司", "客户名称", "客户星级", "年龄"), "a.csv", new Dictionary<string,
            object?>(mapped)
            { ["dryRun"] = true });
        var notSavedByDryRun = await TeamSheetFiles.UploadAsync(
            api, token, File("甲", "客户名称", "客户星级", "年龄"), "a.csv", new Dictionary<string,
            object?>(plain)
            { ["dryRun"] = true, ["template"] = "CUSTOMERS" });
        var first = await TeamSheetFiles.UploadAsync(api, token, File("甲", "客户名称", "客户星级", "年龄"), "a.csv", mapped);
        // The same headers in another order and spacing, no map sent, template told from the headers.
        var second = await TeamSheetFiles.UploadAsync(api, token, File("乙", "年龄", " 客户星级", "客户名称"), "b.csv", plain);
        var otherHeaders = await TeamSheetFiles.UploadAsync(
            api, token, File("丙", "客户名称", "客户星级"), "c.csv", new Dictionary<string,
            object?>(plain)
            { ["template"] = "CUSTOMERS" });

        dry["committed"]!.GetValue<bool>().ShouldBeFalse();
        notSavedByDryRun["refusals"]!.AsArray().Select(r => $"{r!["column"]} {r["code"]}").ShouldBe(
            ["客户星级 UNMAPPED_COLUMN", "年龄 UNMAPPED_COLUMN"]);
        first["committed"]!.GetValue<bool>().ShouldBeTrue(first.ToJsonString());
        (first["savedColumnMapApplied"]!.GetValue<bool>(), second["savedColumnMapApplied"]!.GetValue<bool>())
            .ShouldBe((false, true));
        (second["committed"]!.GetValue<bool>(), second["template"]!.GetValue<string>())
            .ShouldBe((true, "CUSTOMERS"), second.ToJsonString());
        second["columns"]!.AsArray().Select(c => $"{c!["header"]}>{c["field"]}>{c["status"]}").ShouldBe(
            ["年龄>>IGNORED", "客户星级>grade>MAPPED", "客户名称>name>MAPPED"]);
        otherHeaders["refusals"]!.AsArray().Select(r => $"{r!["column"]} {r["code"]}").ShouldBe(
            ["客户星级 UNMAPPED_COLUMN"]);
        var grades = await api.WithDbAsync(
            db => db.Customers.AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.Grade));
        grades.ShouldBe(new Dictionary<string, Domain.Customers.CustomerGrade?>
        {
            ["甲"] = Domain.Customers.CustomerGrade.B,
            ["乙"] = Domain.Customers.CustomerGrade.B
        }, ignoreOrder: true);
        (await api.WithDbAsync(db => db.SavedColumnMaps.CountAsync())).ShouldBe(1);
    }
}
