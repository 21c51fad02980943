namespace CrmGraph.Api.Tests.Sheets;

/// <summary>
/// The example files the README points at: every template imports in order, and every template exports again.
/// </summary>
public sealed class ExampleFilesTests
{
    [EngineFact]
    public async Task The_example_file_of_every_template_imports_and_each_template_exports_its_rows(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        var examples = Path.Combine(CrmGraph.Tests.Shared.RepositoryPaths.Root, "docs", "examples");
        // cadence.csv first, as in a workbook: the follow-up records then get their next plan by the team's cadence.
        var files = new[]
        {
            ("cadence.csv", "CADENCE", 0), ("customers.csv", "CUSTOMERS", 4), ("grades.csv", "GRADES", 4),
            ("follow-ups.csv", "FOLLOW_UP_RECORDS", 3), ("plans.csv", "FOLLOW_UP_PLANS", 0),
            ("conversions.csv", "CONVERSIONS", 1), ("services.csv", "SERVICES", 3),
        };

        foreach (var (file, template, _) in files)
        {
            var report = (await SheetFiles.UploadAsync(
                api, token, await File.ReadAllBytesAsync(Path.Combine(examples, file)), file, template))
                .Report();
            (report["committed"]!.GetValue<bool>(), report["refusedRows"]!.GetValue<int>(), report[
                "unknownColumns"]!.AsArray().Count).ShouldBe((true, 0, 0), $"{file}: {report}");
        }

        var cadence = await api.PostAsync(token, """
            { me { team { cadence {
              gradeADays gradeBDays gradeCDays newCustomerFirstFollowUpDays establishedDays prospectDays } } } }
            """);
        cadence.Data!["me"]!["team"]!["cadence"]!.ToJsonString().ShouldBe(
            """
            {"gradeADays":1,"gradeBDays":4,"gradeCDays":7,"newCustomerFirstFollowUpDays":5,"establishedDays":21,"prospectDays":10}
            """,
            cadence.ToString());

        var services = await api.PostAsync(token, "{ serviceRecords(first: 10, order: [{ requestedAt: ASC }]) { " +
            "nodes { type status revisitNote } } }");
        services.Data!["serviceRecords"]!["nodes"]!.AsArray()
            .Select(s => $"{s!["type"]} {s["status"]} {s["revisitNote"]}")
            .ShouldBe(
            ["COMPLAINT CLOSED 回访确认报表已恢复", "AFTER_SALES RESOLVED ", "CONSULTATION OPEN "], services.ToString());
        foreach (var (_, template, rows) in files.Where(f => f.Item3 > 0))
        {
            var exported = await api.PostAsync(token, "query($t: SpreadsheetTemplate!) { spreadsheet(template: $t, " +
                "format: CSV) { rowCount } }", new { t = template });
            exported.Data!["spreadsheet"]!["rowCount"]!.GetValue<int>().ShouldBe(rows, template);
        }
    }
}
