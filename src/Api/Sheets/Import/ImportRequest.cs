using CrmGraph.Api.Sheets.Templates;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>What to do with a row whose customer already exists (same phone, email or company name in the team).</summary>
public enum DuplicateAction
{
    /// <summary>拒绝: the row is refused, naming the existing customer; nothing of the file is imported.</summary>
    Refuse,

    /// <summary>跳过: the row is left out; the existing customer stays as it is.</summary>
    Skip,

    /// <summary>更新: the row's filled cells update the existing customer.</summary>
    Update,
}

/// <summary>One file to import into one template.</summary>
public sealed record ImportRequest(SheetKind Template, string FileName, bool DryRun, DuplicateAction OnDuplicate);
