using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MiniExcelLibs;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>
/// Spreadsheet files written by the tests themselves, and the multipart upload a GraphQL client sends.
/// </summary>
public static class SheetFiles
{
    static SheetFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Csv(IEnumerable<string?[]> rows, string encoding = "utf-8")
    {
        var text = string.Join("\r\n", rows.Select(r => string.Join(',', r.Select(Quote)))) + "\r\n";
        return Encoding.GetEncoding(encoding).GetBytes(text);
    }

    /// <summary>
    /// An .xlsx whose first sheet holds exactly these rows (the first of them is usually the header row).
    /// </summary>
    public static byte[] Xlsx(IEnumerable<string?[]> rows, string sheetName = "Sheet1")
    {
        var values = rows.Select(
            r => r.Select(
                (v, i) =>
                    (Key: "c" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), Value: (object?)v))
                .ToDictionary(x => x.Key, x => x.Value))
            .ToList();
        var width = values.Max(v => v.Count);
        foreach (var row in values)
        {
            for (var i = row.Count; i < width; i++)
            {
                row["c" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)] = null;
            }
        }

        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, values, printHeader: false, sheetName: sheetName, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>Reads every row of the first sheet of an .xlsx as text (the way a person would see it).</summary>
    public static List<string?[]> ReadXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return [
            .. MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string,
            object?>>().Select(r => r.Values.Select(v => v?.ToString()).ToArray())];
    }

    private static string Quote(string? value) =>
        value is null ? string.Empty : value.IndexOfAny(
            [',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    public const string Import = """
        mutation($input: ImportSpreadsheetInput!) {
          importSpreadsheet(input: $input) {
            report {
              importId template fileName sheet dryRun committed rowsRead created updated skipped refusedRows unknownColumns truncated
              refusals { sheet row column code message }
              rows { row action label existingCustomerId recordId }
            }
            errors { __typename ... on Error { code message } }
          }
        }
        """;

    /// <summary>
    /// Sends the import mutation as a multipart request (operations, map, the file) the way Apollo's upload link does.
    /// </summary>
    public static async Task<GraphQLResponse> UploadAsync(
        TestApi api, string token, byte[] file, string fileName, string template, bool dryRun =
            false, string onDuplicate = "REFUSE", string? acceptLanguage = null, bool preflight = true)
    {
        using var client = api.CreateClient(token);
        using var content = Multipart(
            Import, new { input = new { file = (object?)null, template, dryRun, onDuplicate } }, "variables.input.file",
            file, fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        if (preflight)
        {
            request.Headers.Add("GraphQL-Preflight", "1");
        }

        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await client.SendAsync(request);
        return new GraphQLResponse(
            (int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    public static MultipartFormDataContent Multipart(
        string query, object variables, string path, byte[] file, string fileName)
    {
        var content = new MultipartFormDataContent();
        content.Add(
            new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
            "operations");
        content.Add(new StringContent(JsonSerializer.Serialize(
            new Dictionary<string, string[]> { ["0"] = [path] }), Encoding.UTF8, "application/json"), "map");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(
            fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" :
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(part, "0", fileName);
        return content;
    }

    public static JsonNode Report(this GraphQLResponse response) =>
        response.Data?["importSpreadsheet"]?["report"] ?? throw new InvalidOperationException(response.ToString());
}
