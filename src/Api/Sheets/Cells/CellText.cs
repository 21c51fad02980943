namespace CrmGraph.Api.Sheets.Cells;

/// <summary>Plain text cells: trimmed, blank is null; lists split on the separators people type.</summary>
public static class CellText
{
    private static readonly char[] ListSeparators = [',', '，', '、', ';', '；', '|', '/', '\n'];

    public static string? Parse(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// Full-width letters, digits and punctuation (２０２４／３／１, ６５万) as their half-width forms and the ideographic
    /// space as a space: for values that are read (dates, amounts, words, phones), never for free text that is kept.
    /// </summary>
    public static string Narrow(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(c => c is >= '\uFF01' and <= '\uFF5E' or '\u3000'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            }
        });
    }

    /// <summary>A trimmed, narrowed value (phone, email) or null when blank.</summary>
    public static string? ParseNarrow(string? text) => Parse(text) is { } t ? Narrow(t) : null;

    public static IReadOnlyList<string> ParseList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [
            .. text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.Ordinal)];

    public static string WriteList(IEnumerable<string> items) => string.Join("、", items);

    public static bool? ParseYesNo(string? text) => Choices.YesNo.Parse(text) switch
    {
        null => null,
        YesNo.Yes => true,
        _ => false,
    };

    public static string WriteYesNo(bool? value) =>
        value is null ? string.Empty : Choices.YesNo.Write(value.Value ? YesNo.Yes : YesNo.No);
}

public enum YesNo
{
    Yes,
    No,
}
