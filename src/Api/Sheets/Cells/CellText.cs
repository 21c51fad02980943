namespace CrmGraph.Api.Sheets.Cells;

/// <summary>Plain text cells: trimmed, blank is null; lists split on the separators people type.</summary>
public static class CellText
{
    private static readonly char[] ListSeparators = [',', '，', '、', ';', '；', '|', '/', '\n'];

    public static string? Parse(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static IReadOnlyList<string> ParseList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    public static string WriteList(IEnumerable<string> items) => string.Join("、", items);

    public static bool? ParseYesNo(string? text) => Choices.YesNo.Parse(text) switch
    {
        null => null,
        YesNo.Yes => true,
        _ => false,
    };

    public static string WriteYesNo(bool? value) => value is null ? string.Empty : Choices.YesNo.Write(value.Value ? YesNo.Yes : YesNo.No);
}

public enum YesNo
{
    Yes,
    No,
}
