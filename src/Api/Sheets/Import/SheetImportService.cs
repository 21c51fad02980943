using System.Security.Cryptography;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Sheets.Reading;
using CrmGraph.Api.Sheets.Templates;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// Imports one file all-or-nothing: every row goes through the domain inside one transaction, written in batches; the
/// transaction commits only when it is not a dry run and no row was refused. A dry run is the same run rolled back, so
/// its report is exactly what the real run would do (ADR-014). Each run leaves a <see cref="SheetImportRecord"/>.
/// </summary>
public sealed class SheetImportService(CrmDbContext db, IEnumerable<ISheetRowsImporter> importers, IIdGenerator ids, TimeProvider time)
{
    public const int BatchSize = 50;

    /// <summary>Imports a seekable stream of an .xlsx or CSV file (read twice: hash, then rows).</summary>
    public async Task<ImportReport> ImportAsync(Viewer viewer, ImportRequest request, Stream file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(file);
        if (db.Actor is { UserId: null } actor)
        {
            // The CLI has no transport to attribute the changes; the audit trail names the importing user.
            actor.UserId = viewer.UserId;
        }

        var startedAt = time.GetUtcNow();
        var audit = new SheetImportRecord(ids.NewId(), viewer.TeamId, viewer.UserId, request.Template.ToString(), request.FileName, file.Length, Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken).ConfigureAwait(false)), startedAt);
        file.Position = 0;
        var report = new ImportReport(request.Template, request.FileName, request.DryRun) { ImportId = audit.Id };
        var template = Templates.Templates.For(request.Template);
        var importer = importers.Single(i => i.Kind == request.Template);

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            await RunAsync(viewer, request, file, template, importer, report, cancellationToken).ConfigureAwait(false);
            if (!request.DryRun && !report.HasRefusals)
            {
                report.Committed = true;
                audit.Finish(report, time.GetUtcNow());
                db.Add(audit);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                return report;
            }

            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        }

        db.ChangeTracker.Clear();
        audit.Finish(report, time.GetUtcNow());
        db.Add(audit);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return report;
    }

    private async Task RunAsync(Viewer viewer, ImportRequest request, Stream file, SheetTemplate template, ISheetRowsImporter importer, ImportReport report, CancellationToken cancellationToken)
    {
        SheetContent content;
        try
        {
            content = SheetReader.Open(file, request.FileName, template);
        }
        catch (SheetFileException ex)
        {
            report.RefuseFile(0, null, ex.Code, ex.Message, ex.ChineseMessage);
            return;
        }

        report.Sheet = content.SheetName;
        var map = template.Recognise(content.Headers);
        report.UnknownColumns = map.UnknownHeaders;
        foreach (var missing in map.MissingRequired)
        {
            report.RefuseFile(content.HeaderRowNumber, missing.Chinese, "MISSING_COLUMN", $"The required column '{missing.Chinese}' ({missing.English}) is missing from the header row.", $"表头缺少必填列“{missing.Chinese}”。");
        }

        foreach (var duplicated in map.DuplicatedHeaders)
        {
            report.RefuseFile(content.HeaderRowNumber, duplicated, "DUPLICATED_COLUMN", $"The column '{duplicated}' appears twice (or under two names); keep one.", $"列“{duplicated}”重复出现（或以两个名称出现），请只保留一列。");
        }

        if (report.HasRefusals)
        {
            return;
        }

        var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == viewer.TeamId, cancellationToken).ConfigureAwait(false);
        var users = new TeamUsers(await db.Users.AsNoTracking().Where(u => u.TeamId == viewer.TeamId).ToListAsync(cancellationToken).ConfigureAwait(false));
        var scope = new ImportScope(db, viewer, team, users, time.GetUtcNow(), ids.NewId, request.OnDuplicate, BatchSize);
        try
        {
            await importer.ImportAsync(scope, content, map, report, cancellationToken).ConfigureAwait(false);
        }
        catch (SheetFileException ex)
        {
            report.RefuseFile(report.RowsRead + content.HeaderRowNumber + 1, null, ex.Code, ex.Message, ex.ChineseMessage);
        }
    }
}
