using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;

namespace CrmGraph.Api.Sheets.Export;

/// <summary>The cells of one exported row by column key, written in the forms the import reads back.</summary>
public sealed class ExportRow(SheetLanguage language, TimeZoneInfo zone, IReadOnlyDictionary<Guid, string> logins)
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public SheetLanguage Language => language;

    public string? this[string key]
    {
        set => _values[key] = value;
    }

    /// <summary>An instant in the team's time zone (date only at midnight, else with hours and minutes).</summary>
    public string? Time(DateTimeOffset? at) => at is { } a ? CellDates.Format(a, zone) : null;

    public static string? Date(DateOnly? date) => date is { } d ? CellDates.Format(d) : null;

    /// <summary>A user written as their login (the import matches owners by login or display name).</summary>
    public string? Login(Guid? userId) => userId is { } id && logins.TryGetValue(id, out var login) ? login : null;

    public string? YesNo(bool? value) =>
        value is { } v ? Choices.YesNo.Write(v ? Sheets.Cells.YesNo.Yes : Sheets.Cells.YesNo.No, language) : null;

    internal string?[] Cells(SheetTemplate template) =>
        [.. template.Columns.Where(c => c.Exported).Select(c => _values.GetValueOrDefault(c.Key))];
}
