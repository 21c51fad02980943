using CrmGraph.Api.Sheets.Templates;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// What to do with a row whose customer already exists (same phone, email or company name in the team).
/// </summary>
public enum DuplicateAction
{
    /// <summary>拒绝: the row is refused, naming the existing customer; nothing of the file is imported.</summary>
    Refuse,

    /// <summary>跳过: the row is left out; the existing customer stays as it is.</summary>
    Skip,

    /// <summary>更新: the row's filled cells update the existing customer.</summary>
    Update,
}

/// <summary>
/// One file to import into one template (null: told from its headers), with what the user says about its columns and
/// people (ADR-034).
/// </summary>
public sealed record ImportRequest(SheetKind? Template, string FileName, bool DryRun, DuplicateAction OnDuplicate)
{
    /// <summary>Sheet header → field (a column key such as phone, or a template header such as 联系电话).</summary>
    public IReadOnlyDictionary<string, string> ColumnMap { get; init; } = new Dictionary<string, string>();

    /// <summary>Headers whose data the user agrees to leave out.</summary>
    public IReadOnlyCollection<string> IgnoredColumns { get; init; } = [];

    /// <summary>A person as the sheet names them (小王) → the login of a user of the team.</summary>
    public IReadOnlyDictionary<string, string> OwnerMap { get; init; } = new Dictionary<string, string>();

    /// <summary>Write the good rows and return the refused ones, instead of all or nothing.</summary>
    public bool Partial { get; init; }
}
