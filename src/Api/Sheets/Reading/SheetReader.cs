using System.Globalization;
using System.Text;
using CrmGraph.Api.Sheets.Templates;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace CrmGraph.Api.Sheets.Reading;

/// <summary>
/// Reads the first sheet of an .xlsx file or a CSV file (UTF-8 or GBK) row by row without loading it whole. The header
/// row is the first of the first rows that names at least two of the template's columns, so a title row above it is
/// fine; when the row below it names more columns (a two-level header whose upper cells are merged), that row is the
/// header. Merged cells of an .xlsx read as their value in every cell they cover. A workbook is read at the sheet
/// asked for.
/// </summary>
public static class SheetReader
{
    private const int HeaderSearchRows = 10;

    static SheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static SheetFormat Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable.", nameof(stream));
        }

        Span<byte> magic = stackalloc byte[4];
        var read = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        var zip = read == 4 && magic[0] == (byte)'P' && magic[1] == (byte)'K' && magic[2] == 3 && magic[3] == 4;
        return zip ? SheetFormat.Xlsx : SheetFormat.Csv;
    }

    /// <summary>
    /// Opens the stream (which must stay open while the rows are read) and finds the header row; an .xlsx is read at
    /// its sheet <paramref name="sheetName"/>, or its first sheet.
    /// </summary>
    public static SheetContent Open(
        Stream stream,
        string fileName,
        SheetTemplate template,
        IReadOnlyDictionary<string, string>? mapping = null,
        string? sheetName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(template);
        return Detect(stream) == SheetFormat.Xlsx
            ? OpenXlsx(stream, template, mapping, sheetName)
            : OpenCsv(stream, Path.GetFileNameWithoutExtension(fileName), template, mapping);
    }

    /// <summary>
    /// The names of an .xlsx workbook's sheets in order; empty for a CSV file. The stream is rewound.
    /// </summary>
    public static IReadOnlyList<string> SheetNames(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (Detect(stream) != SheetFormat.Xlsx)
        {
            return [];
        }

        try
        {
            return MiniExcel.GetSheetNames(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or System.Xml.XmlException
            or InvalidOperationException)
        {
            throw NotReadable(ex.Message);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    /// <summary>
    /// The sheet's name and its first rows, to tell which template it follows (an .xlsx at its sheet
    /// <paramref name="sheetName"/>, or its first); the stream is rewound.
    /// </summary>
    public static (string Sheet, IReadOnlyList<IReadOnlyList<string?>> Rows) Peek(
        Stream stream, string fileName, string? sheetName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (sheet, rows) = Detect(stream) == SheetFormat.Xlsx
            ? XlsxRows(stream, sheetName)
            : (Path.GetFileNameWithoutExtension(fileName), CsvRowsOf(stream));
        try
        {
            return (sheet, [.. rows.Take(HeaderSearchRows + 1)]);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or System.Xml.XmlException)
        {
            throw NotReadable(ex.Message);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static (string Sheet, IEnumerable<IReadOnlyList<string?>> Rows) XlsxRows(Stream stream, string? sheetName)
    {
        string sheet;
        try
        {
            sheet = sheetName
                ?? MiniExcel.GetSheetNames(stream).FirstOrDefault()
                ?? throw NotReadable("the workbook has no sheet");
            stream.Position = 0;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or System.Xml.XmlException
            or InvalidOperationException)
        {
            throw NotReadable(ex.Message);
        }

        IEnumerable<IReadOnlyList<string?>> Rows()
        {
            var configuration = new OpenXmlConfiguration { FillMergedCells = true };
            var rows = MiniExcel.Query(
                stream, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX, configuration: configuration);
            foreach (IDictionary<string, object?> row in rows)
            {
                yield return [.. row.Values.Select(XlsxCell)];
            }
        }

        return (sheet, Rows());
    }

    private static IEnumerable<IReadOnlyList<string?>> CsvRowsOf(Stream stream)
    {
        var encoding = CsvEncoding(stream);
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        foreach (var row in CsvRows.Read(text))
        {
            yield return row;
        }
    }

    private static SheetContent OpenXlsx(
        Stream stream, SheetTemplate template, IReadOnlyDictionary<string, string>? mapping, string? sheetName)
    {
        var (name, rows) = XlsxRows(stream, sheetName);
        return WithHeader(name, rows, template, mapping);
    }

    private static SheetContent OpenCsv(
        Stream stream, string sheetName, SheetTemplate template, IReadOnlyDictionary<string, string>? mapping) =>
        WithHeader(sheetName, CsvRowsOf(stream), template, mapping);

    // UTF-8 unless the first 64 KB are not valid UTF-8, then GBK (what Excel in Chinese Windows writes as "CSV").
    private static Encoding CsvEncoding(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            // A multi-byte character may be cut at the end of the sample: drop up to three trailing bytes of it.
            var end = read;
            while (end > 0 && read - end < 3 && (buffer[end - 1] & 0xC0) == 0x80)
            {
                end--;
            }

            if (end > 0 && buffer[end - 1] >= 0xC0)
            {
                end--;
            }

            strict.GetCharCount(buffer, 0, end);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GBK");
        }
    }

    private static SheetContent WithHeader(
        string sheet,
        IEnumerable<IReadOnlyList<string?>> rows,
        SheetTemplate template,
        IReadOnlyDictionary<string, string>? mapping)
    {
        var enumerator = rows.GetEnumerator();
        var number = 0;
        try
        {
            while (number < HeaderSearchRows && enumerator.MoveNext())
            {
                number++;
                var cells = enumerator.Current;
                var map = template.Recognise(cells, mapping);
                // A header names two columns, or every required one (a sheet of names and columns we do not model).
                if (map.Positions.Count >= Math.Min(2, template.Columns.Count)
                    || (map.Positions.Count > 0 && map.MissingRequired.Count == 0))
                {
                    // A two-level header: the upper row names a few columns (merged over the lower ones), the lower
                    // row names more. Otherwise the row below is the first data row.
                    if (!enumerator.MoveNext())
                    {
                        return new SheetContent(sheet, number, cells, []);
                    }

                    var next = enumerator.Current;
                    if (template.Recognise(next, mapping).Positions.Count > map.Positions.Count)
                    {
                        return new SheetContent(sheet, number + 1, next, DataRows(enumerator, number + 1));
                    }

                    return new SheetContent(sheet, number, cells, DataRows(enumerator, number, next));
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or System.Xml.XmlException)
        {
            enumerator.Dispose();
            throw NotReadable(ex.Message);
        }

        enumerator.Dispose();
        var expected = string.Join(
            "、",
            template.Columns.Where(c => c.Required).Select(c => c.Chinese)
                .Concat(template.Columns.Take(4).Select(c => c.Chinese)).Distinct());
        var examples = string.Join(", ", template.Columns.Take(4).Select(c => c.English));
        throw new SheetFileException(
            "NO_HEADER_ROW",
            $"No header row naming the columns of the {template.EnglishName} template (e.g. {examples}) was found "
            + $"in the first {HeaderSearchRows} rows of sheet '{sheet}'.",
            $"工作表“{sheet}”的前 {HeaderSearchRows} 行中没有{template.ChineseName}的表头（如 {expected}）。");
    }

    private static IEnumerable<SheetRow> DataRows(
        IEnumerator<IReadOnlyList<string?>> enumerator, int headerRow, IReadOnlyList<string?>? first = null)
    {
        using (enumerator)
        {
            var number = headerRow;
            if (first is not null)
            {
                number++;
                var row = new SheetRow(number, first);
                if (!row.IsBlank)
                {
                    yield return row;
                }
            }

            while (true)
            {
                try
                {
                    if (!enumerator.MoveNext())
                    {
                        yield break;
                    }
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException or System.Xml.XmlException)
                {
                    throw NotReadable($"{ex.Message} (after row {number})");
                }

                number++;
                var row = new SheetRow(number, enumerator.Current);
                if (!row.IsBlank)
                {
                    yield return row;
                }
            }
        }
    }

    private static string? XlsxCell(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double n => n.ToString("0.###############", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.###############", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static SheetFileException NotReadable(string detail) => new(
        "FILE_NOT_READABLE",
        $"The file is neither a readable .xlsx workbook nor a CSV file: {detail}",
        $"无法读取该文件（需要 .xlsx 或 CSV）：{detail}");
}
