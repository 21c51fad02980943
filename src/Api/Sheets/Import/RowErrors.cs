using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Common;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// Reads the cells of one row, collecting every bad cell (with its column header) instead of stopping at the first.
/// </summary>
public sealed class RowCells(HeaderMap map, IReadOnlyList<string?> headers, IReadOnlyList<string?> cells)
{
    private readonly List<(int Position, string? Column, string Code, string Message, string ChineseMessage)> _errors =
        [];

    /// <summary>The bad cells, left to right as the file has its columns.</summary>
    public IReadOnlyList<(string? Column, string Code, string Message, string ChineseMessage)> Errors =>
        [.. _errors.OrderBy(e => e.Position).Select(e => (e.Column, e.Code, e.Message, e.ChineseMessage))];

    public bool HasErrors => _errors.Count > 0;

    private int Position(string? key) =>
        key is not null && map.Positions.TryGetValue(key, out var at) ? at : int.MaxValue;

    public bool Has(string key) => map.Has(key);

    public string Header(string key) => map.HeaderOf(key, headers);

    public T? Read<T>(string key, Func<string?, T?> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return parse(map.Cell(cells, key));
        }
        catch (CellException ex)
        {
            _errors.Add((Position(key), Header(key), "INVALID_CELL", ex.Message, ex.ChineseMessage));
            return default;
        }
    }

    public string? Text(string key, int maxLength)
    {
        var text = CellText.Parse(map.Cell(cells, key));
        if (text is { Length: var n } && n > maxLength)
        {
            _errors.Add((Position(key), Header(key), "TEXT_TOO_LONG", $"The text has {n} characters; at most " +
                $"{maxLength} fit.", $"内容有 {n} 个字符，最多 {maxLength} 个。"));
            return null;
        }

        return text;
    }

    public void Fail(string? key, string code, string message, string chineseMessage) =>
        _errors.Add((Position(key), key is null ? null : Header(key), code, message, chineseMessage));

    /// <summary>A domain refusal, placed on the column its field names when the template has one.</summary>
    public void Fail(DomainException refusal, IReadOnlyDictionary<string, string> fieldToColumn)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(fieldToColumn);
        var key = refusal.Field is { } field && fieldToColumn.TryGetValue(field, out var k) ? k : null;
        _errors.Add((Position(
            key), key is null ? refusal.Field : Header(key), refusal.Code, refusal.Message, refusal.ChineseMessage));
    }
}
