namespace CrmGraph.Api.Sheets.Reading;

/// <summary>
/// One data row: its number as the spreadsheet shows it (the header row included) and its cells as text.
/// </summary>
public sealed record SheetRow(int Number, IReadOnlyList<string?> Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>A sheet being read: its name, its header row and its data rows, read lazily once.</summary>
public sealed record SheetContent(
    string SheetName, int HeaderRowNumber, IReadOnlyList<string?> Headers, IEnumerable<SheetRow> Rows);

public enum SheetFormat
{
    Xlsx,
    Csv,
}
