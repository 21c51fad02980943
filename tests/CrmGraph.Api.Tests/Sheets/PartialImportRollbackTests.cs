using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>
/// Issue #20 / ADR-043: in partial mode a row refused after its domain call already changed an existing customer
/// (an UPDATE duplicate) leaves that customer exactly as it was, while the batch's other rows land.
/// </summary>
public sealed class PartialImportRollbackTests
{
    [EngineFact]
    public async Task A_row_refused_after_updating_an_existing_customer_leaves_it_untouched_and_the_other_rows_land(
        Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        string?[] header = ["客户名称", "联系电话", "所属行业", "需求产品", "联系人", "最近跟进时间"];
        var first = SheetFiles.Csv(
            [header, ["老客户", "13800000001", "制造业", "机床", "王经理", null], ["另一位", "13800000002", "零售", null, null, null]]);
        (await TeamSheetFiles.UploadAsync(
            api, token, first, "客户.csv", new Dictionary<string, object?> { ["file"] = null }))["committed"]!
            .GetValue<bool>().ShouldBeTrue();
        var before = await SnapshotAsync(api, "老客户");

        // Row 2 matches 老客户 by phone: the update renames it, changes its industry, needs and contacts, then its
        // 最近跟进时间 in the future refuses the row. Row 3 updates another customer, row 4 creates one.
        var file = SheetFiles.Csv(
        [
            header,
            ["老客户改名", "13800000001", "金融", "软件", "李总", "2099年1月1日"],
            ["另一位", "13800000002", "教育", null, null, "2026/2/1"],
            ["新客户", "13800000003", "医疗", null, null, null],
        ]);
        var report = await TeamSheetFiles.UploadAsync(api, token, file, "客户.csv", new Dictionary<string, object?>
        {
            ["file"] = null,
            ["partial"] = true,
            ["onDuplicate"] = "UPDATE",
        });

        (report["committed"]!.GetValue<bool>(), report[
            "created"]!.GetValue<int>(), report["updated"]!.GetValue<int>(), report["refusedRows"]!.GetValue<int>())
            .ShouldBe((true, 1, 1, 1), report.ToJsonString());
        report["refusals"]!.AsArray().Select(r => $"{r!["row"]} {r["column"]} {r["code"]}").ShouldBe(
            ["2 最近跟进时间 FOLLOW_UP_IN_FUTURE"]);
        (await SnapshotAsync(api, "老客户")).ShouldBe(before);
        (await api.WithDbAsync(db => db.Customers.AnyAsync(c => c.Name == "老客户改名"))).ShouldBeFalse();
        var others = await api.WithDbAsync(
            db => db.Customers.AsNoTracking().Where(c => c.Name != "老客户").ToDictionaryAsync(c => c.Name));
        others.Keys.ShouldBe(["另一位", "新客户"], ignoreOrder: true);
        others["另一位"].Profile.Industry.ShouldBe("教育");
        others["另一位"].LastFollowUpAt.ShouldBe(new DateTimeOffset(2026, 1, 31, 16, 0, 0, TimeSpan.Zero));
        others["新客户"].Profile.Industry.ShouldBe("医疗");
    }

    // Everything the refused row's domain calls could have changed, as text.
    private static Task<string> SnapshotAsync(TestApi api, string name) => api.WithDbAsync(async db =>
    {
        var c = await db.Customers.AsNoTracking().SingleAsync(x => x.Name == name);
        return JsonSerializer.Serialize(new
        {
            c.Name,
            c.Profile,
            c.Needs,
            c.Grade,
            c.LastFollowUpAt,
            c.Stage,
            Tags = c.Tags.ToList(),
            Contacts = c.Contacts.Select(x => new { x.Name, x.Title, x.IsKeyDecisionMaker, x.Notes }).ToList(),
            Purchases = c.Purchases.Count,
            c.Version,
        });
    });
}
