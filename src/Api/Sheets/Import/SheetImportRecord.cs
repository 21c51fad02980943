namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// 导入记录: who imported which file (name, size, SHA-256) into which template when, and with what result. Kept until
/// the general audit trail exists; a dry run and a refused file are recorded too.
/// </summary>
public sealed class SheetImportRecord
{
    public const int FileNameMaxLength = 260;

    public SheetImportRecord(
        Guid id, Guid teamId, Guid userId, string template, string fileName, long fileBytes, string fileSha256,
        DateTimeOffset startedAt)
    {
        Id = id;
        TeamId = teamId;
        UserId = userId;
        Template = template;
        FileName = fileName.Length > FileNameMaxLength ? fileName[..FileNameMaxLength] : fileName;
        FileBytes = fileBytes;
        FileSha256 = fileSha256;
        StartedAt = startedAt;
        Outcome = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid TeamId { get; private set; }

    public Guid UserId { get; private set; }

    public string Template { get; private set; }

    public string FileName { get; private set; }

    public long FileBytes { get; private set; }

    public string FileSha256 { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset FinishedAt { get; private set; }

    /// <summary>COMMITTED, REFUSED (nothing written) or DRY_RUN.</summary>
    public string Outcome { get; private set; }

    public int RowsRead { get; private set; }

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Skipped { get; private set; }

    public int Refused { get; private set; }

    public void Finish(ImportReport report, DateTimeOffset finishedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        Outcome = report.Committed ? "COMMITTED" : report.DryRun
            && !report.HasRefusals ? "DRY_RUN" : report.DryRun ? "DRY_RUN_REFUSED" : "REFUSED";
        RowsRead = report.RowsRead;
        Created = report.Created;
        Updated = report.Updated;
        Skipped = report.Skipped;
        Refused = report.RefusedRows;
        FinishedAt = finishedAt;
    }
}
