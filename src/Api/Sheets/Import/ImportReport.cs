using CrmGraph.Api.Sheets.Templates;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>What happened (or, in a dry run, would happen) to one data row.</summary>
public enum RowAction
{
    /// <summary>新建.</summary>
    Created,

    /// <summary>更新.</summary>
    Updated,

    /// <summary>跳过 (a duplicate, by choice).</summary>
    Skipped,

    /// <summary>拒绝.</summary>
    Refused,
}

/// <summary>A refused cell or row: where (sheet, row as the spreadsheet numbers it, column header) and why.</summary>
public sealed record ImportRefusal(string Sheet, int Row, string? Column, string Code, string Message, string ChineseMessage);

/// <summary>One data row's outcome; <see cref="ExistingCustomerId"/> is the duplicate that was updated or skipped.</summary>
public sealed record ImportRowOutcome(int Row, RowAction Action, string? Label, Guid? ExistingCustomerId, Guid? RecordId);

/// <summary>
/// The report of one file: exact counts, every refusal (up to <see cref="MaxListed"/>) and each row's outcome (up to the
/// same limit). <see cref="Committed"/> is true only for a real run with no refusal.
/// </summary>
public sealed class ImportReport
{
    public const int MaxListed = 10_000;
    private readonly List<ImportRefusal> _refusals = [];
    private readonly List<ImportRowOutcome> _rows = [];
    private readonly HashSet<int> _refusedRows = [];

    public ImportReport(SheetKind template, string fileName, bool dryRun)
    {
        Template = template;
        FileName = fileName;
        DryRun = dryRun;
    }

    public Guid? ImportId { get; set; }

    public SheetKind Template { get; }

    public string FileName { get; }

    public bool DryRun { get; }

    public string Sheet { get; set; } = string.Empty;

    public bool Committed { get; set; }

    public int RowsRead { get; private set; }

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Skipped { get; private set; }

    public int RefusedRows => _refusedRows.Count;

    public int RefusalCount { get; private set; }

    public IReadOnlyList<string> UnknownColumns { get; set; } = [];

    public IReadOnlyList<ImportRefusal> Refusals => _refusals;

    public IReadOnlyList<ImportRowOutcome> Rows => _rows;

    public bool Truncated => RefusalCount > _refusals.Count || RowsRead > _rows.Count;

    public bool HasRefusals => RefusalCount > 0;

    /// <summary>A refusal of the file as a whole (no header row, missing column, unreadable).</summary>
    public void RefuseFile(int row, string? column, string code, string message, string chineseMessage)
    {
        RefusalCount++;
        if (_refusals.Count < MaxListed)
        {
            _refusals.Add(new ImportRefusal(Sheet, row, column, code, message, chineseMessage));
        }
    }

    public void Refuse(int row, string? column, string code, string message, string chineseMessage)
    {
        RefuseFile(row, column, code, message, chineseMessage);
        _refusedRows.Add(row);
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

        if (_rows.Count < MaxListed)
        {
            _rows.Add(new ImportRowOutcome(row, outcome, label, existing, outcome == RowAction.Refused ? null : recordId));
        }
    }
}
