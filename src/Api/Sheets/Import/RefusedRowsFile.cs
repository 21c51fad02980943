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

    /// <summary>One sheet per report (named as the file's sheet) holding its refused rows.</summary>
    public static byte[] Write(IReadOnlyList<ImportReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var report in reports.Where(r => r.RefusedRowList.Count > 0 || reports.Count == 1))
        {
            var refused = report.RefusedRowList;
            var width = Math.Max(report.Headers.Count, refused.Count == 0 ? 0 : refused.Max(r => r.Cells.Count));
            var rows = new List<Dictionary<string, object?>> { Row(report.Headers, width, ReasonHeader) };
            rows.AddRange(refused.Select(r => Row(r.Cells, width, r.Reasons)));
            var name = report.Sheet is { Length: > 0 } s ? s : "Sheet1";
            var unique = sheets.ContainsKey(name)
                ? name + (sheets.Count + 1).ToString(CultureInfo.InvariantCulture)
                : name;
            sheets[unique] = rows;
        }

        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets, printHeader: false, excelType: ExcelType.XLSX);
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
