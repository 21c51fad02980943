namespace CrmGraph.Api.Sheets.Templates;

/// <summary>
/// One column of a template: the Chinese and English headers the export writes, and the variants the import accepts.
/// </summary>
public sealed record SheetColumn(string Key, string Chinese, string English, bool Required, params string[] Variants)
{
    public IEnumerable<string> Names => Variants.Prepend(English).Prepend(Chinese);

    /// <summary>False for columns the import reads from the teams' own sheets but the export does not write.</summary>
    public bool Exported { get; init; } = true;

    public SheetColumn ImportOnly() => this with { Exported = false };

    /// <summary>
    /// False for a column the template recognises but the domain keeps nowhere (跟进策略's 目标): the dry run lists it
    /// as ignored and each row says its text is not imported, so nothing is dropped silently.
    /// </summary>
    public bool Kept { get; init; } = true;

    public SheetColumn NotKept() => this with { Kept = false, Exported = false };

    public string Header(SheetLanguage language) => language == SheetLanguage.Chinese ? Chinese : English;
}

public enum SheetLanguage
{
    /// <summary>Chinese headers. 中文表头。</summary>
    Chinese,

    /// <summary>English headers. 英文表头。</summary>
    English,
}
