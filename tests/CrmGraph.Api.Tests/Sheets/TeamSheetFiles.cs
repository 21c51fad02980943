using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>
/// Files as teams keep them (merged header cells) and the import mutation with every option of issue #20.
/// </summary>
public static class TeamSheetFiles
{
    public const string Import = """
        mutation($input: ImportSpreadsheetInput!) {
          importSpreadsheet(input: $input) {
            report {
              template sheet dryRun committed rowsRead created updated skipped refusedRows unknownColumns refusedRowsWorkbook savedColumnMapApplied
              refusals { row column code message }
              columns { header field fieldName status rowsWithData }
            }
            errors { __typename ... on Error { code message } }
          }
        }
        """;

    /// <summary>
    /// An .xlsx of these rows whose cells in <paramref name="merges"/> (A1:J1 …) are merged, as Excel stores them.
    /// </summary>
    public static byte[] XlsxWithMerges(IEnumerable<string?[]> rows, params string[] merges)
    {
        var plain = SheetFiles.Xlsx(rows);
        if (merges.Length == 0)
        {
            return plain;
        }

        using var stream = new MemoryStream();
        stream.Write(plain);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var cells = string.Concat(merges.Select(m => $"<x:mergeCell ref=\"{m}\"/>"));
            var prefix = xml.Contains("<x:sheetData", StringComparison.Ordinal) ? "x:" : string.Empty;
            cells = prefix.Length == 0 ? cells.Replace("x:", string.Empty, StringComparison.Ordinal) : cells;
            xml = xml.Replace($"</{prefix}sheetData>", $"</{prefix}sheetData><{prefix}mergeCells " +
                $"count=\"{merges.Length}\">{cells}</{prefix}mergeCells>", StringComparison.Ordinal);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        return stream.ToArray();
    }

    public static async Task<JsonNode> UploadAsync(
        TestApi api, string token, byte[] file, string fileName, object input)
    {
        using var client = api.CreateClient(token);
        using var content = SheetFiles.Multipart(Import, new { input }, "variables.input.file", file, fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Add("GraphQL-Preflight", "1");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));
        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["data"]?["importSpreadsheet"]?["report"] ?? throw new InvalidOperationException(body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
