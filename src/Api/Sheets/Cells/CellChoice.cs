namespace CrmGraph.Api.Sheets.Cells;

/// <summary>
/// A closed set of values written in words (A级/A, 男/女, 电话/微信): each value has the word the export writes first,
/// then the variants the import also understands. Matching ignores case, spaces and a trailing 级/类.
/// </summary>
public sealed class CellChoice<T>
    where T : struct, Enum
{
    private readonly Dictionary<string, T> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<T, string> _written = [];

    public CellChoice(string what, string chineseWhat, params (T Value, string[] Words)[] choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        What = what;
        ChineseWhat = chineseWhat;
        foreach (var (value, words) in choices)
        {
            _written[value] = words[0];
            foreach (var word in words.Append(value.ToString()))
            {
                _byWord[Normalize(word)] = value;
            }
        }
    }

    public string What { get; }

    public string ChineseWhat { get; }

    public T? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (_byWord.TryGetValue(Normalize(text), out var value))
        {
            return value;
        }

        var allowed = string.Join(", ", _written.Values);
        throw new CellException($"'{text.Trim()}' is not a {What}; use one of: {allowed}.", $"“{text.Trim()}”不是有效的" +
            $"{ChineseWhat}，可选：{string.Join("、", _written.Values)}。");
    }

    public string Write(T? value) => value is { } v && _written.TryGetValue(v, out var word) ? word : string.Empty;

    /// <summary>The Chinese word, or for English sheets the enum name (which the import reads too).</summary>
    public string Write(T? value, Templates.SheetLanguage language) =>
        language == Templates.SheetLanguage.Chinese ? Write(value) : value?.ToString() ?? string.Empty;

    private static string Normalize(string word)
    {
        var compact = new string([.. CellText.Narrow(word).Where(c => !char.IsWhiteSpace(c) && c != '_' && c != '-')])
            .ToUpperInvariant();
        return compact.Length > 1 && (compact.EndsWith('级') || compact.EndsWith('类')) ? compact[..^1] : compact;
    }
}
