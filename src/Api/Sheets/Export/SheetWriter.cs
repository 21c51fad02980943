using System.Text;
using MiniExcelLibs;

namespace CrmGraph.Api.Sheets.Export;

public enum ExportFormat
{
    /// <summary>Excel workbook (.xlsx). Excel 工作簿（.xlsx）。</summary>
    Xlsx,

    /// <summary>
    /// CSV, UTF-8 with a byte-order mark (Excel opens it with the right characters). 带 BOM 的 UTF-8 编码 CSV（Excel
    /// 打开时中文不乱码）。
    /// </summary>
    Csv,

    /// <summary>CSV in GBK, for older Excel installations in Chinese. GBK 编码的 CSV，适用于旧版中文 Excel。</summary>
    CsvGbk,
}

/// <summary>
/// Writes a header row and lazily produced data rows as .xlsx or CSV; every cell is text, so phone numbers keep their
/// digits.
/// </summary>
public static class SheetWriter
{
    static SheetWriter() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Extension(ExportFormat format) => format == ExportFormat.Xlsx ? ".xlsx" : ".csv";

    public static string ContentType(ExportFormat format) => format == ExportFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : format == ExportFormat.CsvGbk ? "text/csv; charset=gbk" : "text/csv; charset=utf-8";

    public static async Task WriteAsync(
        Stream output, ExportFormat format, string sheetName, IReadOnlyList<string> headers,
        IEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(headers);
        if (format == ExportFormat.Xlsx)
        {
            var values = rows.Select(row =>
            {
                var record = new Dictionary<string, object?>(headers.Count, StringComparer.Ordinal);
                for (var i = 0; i < headers.Count; i++)
                {
                    record[headers[i]] = i < row.Count ? row[i] ?? string.Empty : string.Empty;
                }

                return record;
            });
            await MiniExcel.SaveAsAsync(
                output, values, sheetName: sheetName, excelType: ExcelType.XLSX, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var encoding = format == ExportFormat.CsvGbk ? Encoding.GetEncoding("GBK") : new UTF8Encoding(
            encoderShouldEmitUTF8Identifier: true);
        var writer = new StreamWriter(output, encoding, 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteLineAsync(string.Join(',', headers.Select(Reading.CsvRows.Quote))).ConfigureAwait(false);
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await writer.WriteLineAsync(string.Join(',', row.Select(Reading.CsvRows.Quote))).ConfigureAwait(false);
            }
        }
    }
}
