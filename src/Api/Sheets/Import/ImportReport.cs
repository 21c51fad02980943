using CrmGraph.Api.Sheets.Templates;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>What happened (or, in a dry run, would happen) to one data row.</summary>
public enum RowAction
{
    /// <summary>Created. 新建。</summary>
    Created,

    /// <summary>Updated. 更新。</summary>
    Updated,

    /// <summary>跳过 (a duplicate, by choice).</summary>
    Skipped,

    /// <summary>Refused. 拒绝。</summary>
    Refused,
}

/// <summary>A refused cell or row: where (sheet, row as the spreadsheet numbers it, column header) and why.</summary>
public sealed record ImportRefusal(
    string Sheet, int Row, string? Column, string Code, string Message, string ChineseMessage);

/// <summary>What became of one column of the file.</summary>
public enum ImportColumnStatus
{
    /// <summary>导入: read into <see cref="ImportColumn.Field"/>.</summary>
    Mapped,

    /// <summary>
    /// 忽略: left out because the user said so (or the 错误原因 of a refused-rows workbook, or a column the template
    /// recognises but keeps nowhere, such as 跟进策略's 目标, whose rows then say so).
    /// </summary>
    Ignored,

    /// <summary>
    /// 未导入: no field takes it; if any row has data there the import is refused (nothing dropped silently).
    /// </summary>
    Unmapped,
}

/// <summary>A column of the file: its header, the field it lands in, and in how many rows it holds data.</summary>
public sealed record ImportColumn(string Header, string? Field, string? FieldName, ImportColumnStatus Status)
{
    public int RowsWithData { get; set; }
}

/// <summary>A refused row as the file had it, with every reason (for the refused-rows workbook).</summary>
public sealed record RefusedRow(int Row, IReadOnlyList<string?> Cells, string Reasons);

/// <summary>The column map and ignored columns a committed import confirms for its sheet's headers (ADR-043).</summary>
public sealed record ColumnChoices(
    SheetKind Template,
    string HeaderSignature,
    IReadOnlyDictionary<string, string> Map,
    IReadOnlyCollection<string> Ignored);

/// <summary>
/// One data row's outcome; <see cref="ExistingCustomerId"/> is the duplicate that was updated or skipped.
/// </summary>
public sealed record ImportRowOutcome(
    int Row, RowAction Action, string? Label, Guid? ExistingCustomerId, Guid? RecordId);

/// <summary>
/// The report of one file: exact counts, every refusal (up to <see cref="MaxListed"/>) and each row's outcome (up to
/// the same limit). <see cref="Committed"/> is true only for a real run with no refusal.
/// </summary>
public sealed class ImportReport
{
    public const int MaxListed = 10_000;
    private readonly List<ImportRefusal> _refusals = [];
    private readonly List<ImportRowOutcome> _rows = [];
    private readonly HashSet<int> _refusedRows = [];
    private readonly List<RefusedRow> _refusedRowList = [];
    private readonly Dictionary<int, List<string>> _reasons = [];
    private readonly List<ImportReport> _sheets = [];
    private int _sheetRefusedRows;

    public ImportReport(SheetKind template, string fileName, bool dryRun)
    {
        Template = template;
        FileName = fileName;
        DryRun = dryRun;
    }

    public Guid? ImportId { get; set; }

    public SheetKind Template { get; set; }

    public string FileName { get; }

    public bool DryRun { get; }

    public string Sheet { get; set; } = string.Empty;

    public bool Committed { get; set; }

    public int RowsRead { get; private set; }

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Skipped { get; private set; }

    public int RefusedRows => _refusedRows.Count + _sheetRefusedRows;

    /// <summary>
    /// A workbook imported as a whole (several sheets, one transaction): each sheet's own report, in the order they
    /// were imported; this report then holds their totals and all their refusals (each naming its sheet). Empty for
    /// one sheet.
    /// </summary>
    public IReadOnlyList<ImportReport> Sheets => _sheets;

    public int RefusalCount { get; private set; }

    public IReadOnlyList<string> UnknownColumns { get; set; } = [];

    /// <summary>Every column of the file and where it lands (the dry run shows the mapping).</summary>
    public IReadOnlyList<ImportColumn> Columns { get; set; } = [];

    /// <summary>True when the team's saved column map for these headers was applied (ADR-043).</summary>
    public bool SavedColumnMapApplied { get; set; }

    /// <summary>
    /// What to save as the team's column map for these headers once the import commits; null: nothing.
    /// </summary>
    public ColumnChoices? ColumnChoicesToSave { get; set; }

    /// <summary>
    /// Partial mode: the good rows are written, the refused ones returned in <see cref="RefusedRowsWorkbook"/>.
    /// </summary>
    public bool Partial { get; set; }

    /// <summary>
    /// Refusals of the file as a whole (a missing column, lost data, unknown people): nothing is written.
    /// </summary>
    public int FileRefusalCount { get; private set; }

    /// <summary>The header row as the file has it (for the refused-rows workbook).</summary>
    public IReadOnlyList<string?> Headers { get; set; } = [];

    /// <summary>The cells of a data row by its number while it is being imported (set by the service).</summary>
    public Func<int, IReadOnlyList<string?>?> CellsOf { get; set; } = _ => null;

    public IReadOnlyList<RefusedRow> RefusedRowList => _refusedRowList;

    /// <summary>
    /// The refused rows as an .xlsx with a 错误原因 column (for a workbook, one sheet per sheet with refused rows), in
    /// partial mode; null when none were refused.
    /// </summary>
    public byte[]? RefusedRowsWorkbook =>
        !Partial ? null
        : _sheets.Count > 0 ? (_sheets.Any(s => s.RefusedRowList.Count > 0) ? RefusedRowsFile.Write(_sheets) : null)
        : _refusedRowList.Count > 0 ? RefusedRowsFile.Write([this]) : null;

    public IReadOnlyList<ImportRefusal> Refusals => _refusals;

    /// <summary>
    /// What the next customer scan will store with these rows in; null when nothing would be written.
    /// </summary>
    public Domain.Reminders.ReminderForecastSummary? Reminders { get; set; }

    public IReadOnlyList<ImportRowOutcome> Rows => _rows;

    public bool Truncated => _sheets.Count > 0
        ? RefusalCount > _refusals.Count || _sheets.Any(s => s.Truncated)
        : RefusalCount > _refusals.Count || RowsRead > _rows.Count;

    public bool HasRefusals => RefusalCount > 0;

    /// <summary>Adds one sheet's report of a workbook: its counts and refusals join this report's.</summary>
    public void Include(ImportReport sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        _sheets.Add(sheet);
        RowsRead += sheet.RowsRead;
        Created += sheet.Created;
        Updated += sheet.Updated;
        Skipped += sheet.Skipped;
        _sheetRefusedRows += sheet.RefusedRows;
        FileRefusalCount += sheet.FileRefusalCount;
        RefusalCount += sheet.RefusalCount;
        _refusals.AddRange(sheet.Refusals.Take(MaxListed - _refusals.Count));
    }

    /// <summary>A refusal of the file as a whole (no header row, missing column, unreadable).</summary>
    public void RefuseFile(int row, string? column, string code, string message, string chineseMessage)
    {
        FileRefusalCount++;
        Add(row, column, code, message, chineseMessage);
    }

    private void Add(int row, string? column, string code, string message, string chineseMessage)
    {
        RefusalCount++;
        if (_refusals.Count < MaxListed)
        {
            _refusals.Add(new ImportRefusal(Sheet, row, column, code, message, chineseMessage));
        }
    }

    public void Refuse(int row, string? column, string code, string message, string chineseMessage)
    {
        Add(row, column, code, message, chineseMessage);
        _refusedRows.Add(row);
        if (!_reasons.TryGetValue(row, out var reasons))
        {
            _reasons[row] = reasons = [];
        }

        reasons.Add((column is null ? string.Empty : column + "：") + chineseMessage);
    }

    /// <summary>Counts a row once all its cells and its domain call are through.</summary>
    public void Count(int row, RowAction action, string? label, Guid? existing = null, Guid? recordId = null)
    {
        RowsRead++;
        var outcome = _refusedRows.Contains(row) ? RowAction.Refused : action;
        switch (outcome)
        {
            case RowAction.Created: Created++; break;
            case RowAction.Updated: Updated++; break;
            case RowAction.Skipped: Skipped++; break;
        }

        if (outcome == RowAction.Refused && _refusedRowList.Count < MaxListed && CellsOf(row) is { } cells)
        {
            _refusedRowList.Add(new RefusedRow(row, cells, string.Join("；", _reasons.GetValueOrDefault(row) ?? [])));
        }

        _reasons.Remove(row);

        if (_rows.Count < MaxListed)
        {
            var written = outcome == RowAction.Refused ? null : recordId;
            _rows.Add(new ImportRowOutcome(row, outcome, label, existing, written));
        }
    }
}
