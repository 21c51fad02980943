using System.Globalization;
using MiniExcelLibs;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// The refused rows of a partial import as an .xlsx: the file's own header row with a 错误原因 column added, then each
/// refused row as it was, with its reasons. Fixed and imported again, the 错误原因 column is left out by itself.
/// </summary>
public static class RefusedRowsFile
{
    public const string ReasonHeader = "错误原因";

    public static byte[] Write(ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var width = Math.Max(report.Headers.Count, report.RefusedRowList.Count == 0 ? 0 : report.RefusedRowList.Max(r => r.Cells.Count));
        var rows = new List<Dictionary<string, object?>> { Row(report.Headers, width, ReasonHeader) };
        rows.AddRange(report.RefusedRowList.Select(r => Row(r.Cells, width, r.Reasons)));
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, printHeader: false, sheetName: report.Sheet is { Length: > 0 } s ? s : "Sheet1", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Row(IReadOnlyList<string?> cells, int width, string last)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < width; i++)
        {
            row[Key(i)] = i < cells.Count ? cells[i] : null;
        }

        row[Key(width)] = last;
        return row;
    }

    private static string Key(int i) => "c" + i.ToString("D3", CultureInfo.InvariantCulture);
}
