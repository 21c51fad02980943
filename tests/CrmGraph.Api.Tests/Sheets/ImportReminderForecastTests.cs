using System.Globalization;
using System.Text.Json.Nodes;
using CrmGraph.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>
/// The import report says what the next customer scan will make of the rows (ADR-045), in a dry run and a real run,
/// and the scan then stores exactly that. Both engines.
/// </summary>
public sealed class ImportReminderForecastTests
{
    private const string Import = """
        mutation($input: ImportSpreadsheetInput!) {
          importSpreadsheet(input: $input) {
            report { committed reminderForecast { reminders digests mostForOnePerson
              kinds { kind reminders digests customers mostForOnePerson } } }
          }
        }
        """;

    [EngineFact]
    public async Task The_forecast_counts_a_digest_per_person_and_the_scan_stores_exactly_it(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        var today = DateOnly.FromDateTime(api.Clock.GetUtcNow().AddHours(8).DateTime);
        string Day(int daysAgo) => today.AddDays(-daysAgo).ToString("yyyy/M/d", CultureInfo.InvariantCulture);
        var rows = new List<string?[]> { new[] { "客户名称", "负责人", "首次接触时间" } };
        rows.AddRange(Enumerable.Range(0, 25).Select(i => new[] { $"新客户{i}", "张三", Day(10) }));
        rows.AddRange(Enumerable.Range(0, 3).Select(i => new[] { $"老客户{i}", "张三", Day(90) }));
        var csv = SheetFiles.Csv([.. rows]);

        var dry = await UploadAsync(api, token, csv, dryRun: true);
        var real = await UploadAsync(api, token, csv, dryRun: false);
        var stored = await ScanAsync(api);

        real["committed"]!.GetValue<bool>().ShouldBeTrue(real.ToJsonString());
        var forecast = real["reminderForecast"]!;
        dry["reminderForecast"]!.ToJsonString().ShouldBe(forecast.ToJsonString());
        (forecast["reminders"]!.GetValue<int>(), forecast["digests"]!.GetValue<int>()).ShouldBe((2, 2));
        forecast["mostForOnePerson"]!.GetValue<int>().ShouldBe(1);
        var kind = forecast["kinds"]!.AsArray().ShouldHaveSingleItem()!;
        kind["kind"]!.GetValue<string>().ShouldBe("NEW_CUSTOMER_WITHOUT_FOLLOW_UP");
        kind["customers"]!.GetValue<int>().ShouldBe(25);
        stored.ShouldBe(2);
        var digests = await api.WithDbAsync(
            db => db.Reminders.AsNoTracking().Select(r => r.CustomerCount).ToListAsync());
        digests.ShouldBe([25, 25]);
    }

    [EngineFact]
    public async Task A_refused_file_has_no_forecast(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await CustomerImportTests.TeamAsync(api);
        var csv = SheetFiles.Csv([["客户名称", "客户等级"], ["坏公司", "S级"]]);

        var report = await UploadAsync(api, token, csv, dryRun: true);

        report["reminderForecast"].ShouldBeNull();
    }

    private static async Task<JsonNode> UploadAsync(TestApi api, string token, byte[] file, bool dryRun)
    {
        using var client = api.CreateClient(token);
        var variables = new { input = new { file = (object?)null, template = "CUSTOMERS", dryRun } };
        using var content = SheetFiles.Multipart(Import, variables, "variables.input.file", file, "客户信息表.csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Add("GraphQL-Preflight", "1");
        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["data"]?["importSpreadsheet"]?["report"] ?? throw new InvalidOperationException(
            body.ToJsonString());
    }

    private static async Task<int> ScanAsync(TestApi api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CustomerReminderScan>().RunAsync(CancellationToken.None);
    }
}
