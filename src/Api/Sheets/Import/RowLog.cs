namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// What one pass over a batch said about its rows (refusals and outcomes), kept apart from the file's report until the
/// batch is final: in partial mode a batch with a refused row is run again without it (ADR-043), and only the last
/// pass's outcomes of the good rows may reach the report.
/// </summary>
public sealed class RowLog
{
    private readonly Dictionary<int, Entry> _entries = [];

    /// <summary>The rows refused in this pass.</summary>
    public IReadOnlyCollection<int> RefusedRows =>
        [.. _entries.Where(e => e.Value.Refusals.Count > 0).Select(e => e.Key)];

    public void Refuse(int row, string? column, string code, string message, string chineseMessage) =>
        EntryOf(row).Refusals.Add((column, code, message, chineseMessage));

    public void Count(int row, RowAction action, string? label, Guid? existing = null, Guid? recordId = null) =>
        EntryOf(row).Outcome = (action, label, existing, recordId);

    /// <summary>Keeps the entries of <paramref name="rows"/> of another pass (the rows refused there).</summary>
    public void Keep(RowLog other, IEnumerable<int> rows)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            if (other._entries.TryGetValue(row, out var entry))
            {
                _entries[row] = entry;
            }
        }
    }

    /// <summary>Writes the entries to the report in the order the file has the rows.</summary>
    public void WriteTo(ImportReport report, IEnumerable<int> rowOrder)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rowOrder);
        foreach (var row in rowOrder)
        {
            if (!_entries.TryGetValue(row, out var entry))
            {
                continue;
            }

            foreach (var (column, code, message, chinese) in entry.Refusals)
            {
                report.Refuse(row, column, code, message, chinese);
            }

            var (action, label, existing, recordId) = entry.Outcome;
            report.Count(row, action, label, existing, recordId);
        }
    }

    private Entry EntryOf(int row)
    {
        if (!_entries.TryGetValue(row, out var entry))
        {
            _entries[row] = entry = new Entry();
        }

        return entry;
    }

    private sealed class Entry
    {
        public List<(string? Column, string Code, string Message, string Chinese)> Refusals { get; } = [];

        public (RowAction Action, string? Label, Guid? Existing, Guid? RecordId) Outcome { get; set; } =
            (RowAction.Refused, null, null, null);
    }
}
