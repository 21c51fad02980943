using CrmGraph.Api.Sheets.Reading;
using CrmGraph.Api.Sheets.Templates;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>Where each column of a file lands: a field, left out on the user's word, or nowhere (ADR-034).</summary>
public static class ColumnReport
{
    /// <summary>
    /// Headers that never carry data to keep: a row number, and the reasons of a refused-rows workbook.
    /// </summary>
    public static readonly IReadOnlyList<string> NeverImported = ["序号", RefusedRowsFile.ReasonHeader];

    public static Dictionary<int, (int Position, ImportColumn Column)> Describe(
        SheetTemplate template, HeaderMap map, IReadOnlyList<string?> headers, IReadOnlyCollection<string> ignored)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(ignored);
        var leftOut = ignored.Concat(NeverImported).Select(SheetTemplate.Normalize).ToHashSet(StringComparer.Ordinal);
        var byPosition = map.Positions.ToDictionary(p => p.Value, p => template.Columns.First(c => c.Key == p.Key));
        var result = new Dictionary<int, (int, ImportColumn)>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i]?.Trim();
            if (string.IsNullOrEmpty(header))
            {
                continue;
            }

            var column = byPosition.TryGetValue(i, out var c)
                ? new ImportColumn(
                    header, c.Key, c.Chinese, c.Kept ? ImportColumnStatus.Mapped : ImportColumnStatus.Ignored)
                : leftOut.Contains(SheetTemplate.Normalize(header)) ? new ImportColumn(
                    header, null, null, ImportColumnStatus.Ignored)
                : new ImportColumn(header, null, null, ImportColumnStatus.Unmapped);
            result[i] = (i, column);
        }

        return result;
    }
}

/// <summary>
/// Watches the rows as the importer reads them: counts the data in columns no field takes, and keeps the cells of the
/// last rows read so a refused row can be copied into the refused-rows workbook.
/// </summary>
public sealed class RecentRows((int Position, ImportColumn Column)[] unmapped)
{
    private const int Kept = 512;
    private readonly Dictionary<int, IReadOnlyList<string?>> _cells = [];
    private readonly Queue<int> _order = new();

    public RecentRows(IEnumerable<(int Position, ImportColumn Column)> unmapped)
        : this(unmapped.ToArray())
    {
    }

    public IReadOnlyList<string?>? CellsOf(int row) => _cells.GetValueOrDefault(row);

    public IEnumerable<SheetRow> Track(IEnumerable<SheetRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            foreach (var (position, column) in unmapped)
            {
                if (position < row.Cells.Count && !string.IsNullOrWhiteSpace(row.Cells[position]))
                {
                    column.RowsWithData++;
                }
            }

            _cells[row.Number] = row.Cells;
            _order.Enqueue(row.Number);
            if (_order.Count > Kept)
            {
                _cells.Remove(_order.Dequeue());
            }

            yield return row;
        }
    }
}
