namespace CrmGraph.Api.Sheets.Templates;

/// <summary>A spreadsheet shape (客户信息表, 跟进记录 …): its columns, recognised by header in any order.</summary>
public sealed class SheetTemplate
{
    public SheetTemplate(SheetKind kind, string chineseName, string englishName, params SheetColumn[] columns)
    {
        Kind = kind;
        ChineseName = chineseName;
        EnglishName = englishName;
        Columns = columns;
    }

    public SheetKind Kind { get; }

    public string ChineseName { get; }

    public string EnglishName { get; }

    public IReadOnlyList<SheetColumn> Columns { get; }

    /// <summary>The column a user names in a mapping: by its key (phone) or any of its headers (联系电话, Phone).</summary>
    public SheetColumn? Column(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Columns.FirstOrDefault(c => string.Equals(c.Key, field.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? Columns.FirstOrDefault(c => c.Names.Any(n => Normalize(n) == Normalize(field)));
    }

    /// <summary>
    /// Maps a header row to the template's columns; unknown and duplicated headers and missing required columns are
    /// reported. <paramref name="mapping"/> (sheet header → column key) takes precedence over the built-in synonyms.
    /// </summary>
    public HeaderMap Recognise(IReadOnlyList<string?> headers, IReadOnlyDictionary<string, string>? mapping = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var byName = new Dictionary<string, SheetColumn>(StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            foreach (var name in column.Names)
            {
                byName[Normalize(name)] = column;
            }
        }

        foreach (var (header, key) in mapping ?? new Dictionary<string, string>())
        {
            if (Columns.FirstOrDefault(c => c.Key == key) is { } column)
            {
                byName[Normalize(header)] = column;
            }
        }

        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<string>();
        var duplicated = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i]?.Trim();
            if (string.IsNullOrEmpty(header))
            {
                continue;
            }

            if (!byName.TryGetValue(Normalize(header), out var column))
            {
                unknown.Add(header);
            }
            else if (!positions.TryAdd(column.Key, i))
            {
                duplicated.Add(header);
            }
        }

        var missing = Columns.Where(c => c.Required && !positions.ContainsKey(c.Key)).ToList();
        return new HeaderMap(this, positions, unknown, duplicated, missing);
    }

    // 联系电话 / 联系电话: / Phone No. / phone-no / 联系电话（手机）: compare without spaces, punctuation, case and a
    // trailing colon or asterisk; full-width letters and digits as half-width (NFKC).
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new string([.. name.Normalize(System.Text.NormalizationForm.FormKC).Where(char.IsLetterOrDigit)])
            .ToUpperInvariant();
    }
}

/// <summary>Where each recognised column sits in the file, and what did not fit.</summary>
public sealed record HeaderMap(
    SheetTemplate Template,
    IReadOnlyDictionary<string, int> Positions,
    IReadOnlyList<string> UnknownHeaders,
    IReadOnlyList<string> DuplicatedHeaders,
    IReadOnlyList<SheetColumn> MissingRequired)
{
    public bool Has(string key) => Positions.ContainsKey(key);

    public string? Cell(IReadOnlyList<string?> cells, string key)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return Positions.TryGetValue(key, out var at) && at < cells.Count ? cells[at] : null;
    }

    /// <summary>
    /// The header the file itself uses for a column (for error reports), or the template's Chinese one.
    /// </summary>
    public string HeaderOf(string key, IReadOnlyList<string?> headers) =>
        Positions.TryGetValue(key, out var at) && at < headers.Count && headers[at] is { } h ? h.Trim()
        : Template.Columns.First(c => c.Key == key).Chinese;
}
