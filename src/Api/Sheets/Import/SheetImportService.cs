using System.Security.Cryptography;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Sheets.Reading;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Reminders;
using CrmGraph.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// Imports one file all-or-nothing: every row goes through the domain inside one transaction, written in batches; the
/// transaction commits only when it is not a dry run and no row was refused. A dry run is the same run rolled back, so
/// its report is exactly what the real run would do (ADR-014). Each run leaves a <see cref="SheetImportRecord"/>.
/// </summary>
public sealed class SheetImportService(CrmDbContext db, IEnumerable<ISheetRowsImporter> importers, IIdGenerator ids,
    TimeProvider time, CustomerReminderScan reminderScan)
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
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken).ConfigureAwait(false));
        file.Position = 0;
        var report = new ImportReport(request.Template ?? SheetKind.Customers, request.FileName, request.DryRun) { Partial = request.Partial };
        var template = request.Template is { } named ? Templates.Templates.For(named) : DetectTemplate(request, file, report);
        var audit = new SheetImportRecord(ids.NewId(), viewer.TeamId, viewer.UserId, (template?.Kind ?? report.Template).ToString(), request.FileName, file.Length, hash, startedAt);
        report.ImportId = audit.Id;

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            if (template is not null)
            {
                report.Template = template.Kind;
                var importer = importers.Single(i => i.Kind == template.Kind);
                await RunAsync(viewer, request, file, template, importer, report, cancellationToken).ConfigureAwait(false);
            }

            // Partial mode writes the good rows unless the file as a whole was refused (ADR-034).
            var writable = request.Partial ? report.FileRefusalCount == 0 : !report.HasRefusals;
            if (template is not null && writable)
            {
                await ForecastRemindersAsync(viewer, report, cancellationToken).ConfigureAwait(false);
            }

            if (!request.DryRun && writable)
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

    /// <summary>
    /// What the next customer scan will store once these rows are in (ADR-046): read inside the import's transaction,
    /// so a dry run forecasts the same as the real run. The whole team is read: the digest limit counts per person.
    /// </summary>
    private async Task ForecastRemindersAsync(Viewer viewer, ImportReport report, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == viewer.TeamId, cancellationToken)
            .ConfigureAwait(false);
        var forecast = await reminderScan.ForecastAsync(team, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        report.Reminders = ReminderForecast.Summarise(forecast);
    }

    private static SheetTemplate? DetectTemplate(ImportRequest request, Stream file, ImportReport report)
    {
        try
        {
            var (sheet, rows) = SheetReader.Peek(file, request.FileName);
            report.Sheet = sheet;
            var (kind, candidates) = TemplateDetection.Detect(rows, sheet, request.FileName);
            if (kind is { } k)
            {
                return Templates.Templates.For(k);
            }

            var names = candidates.Select(c => Templates.Templates.For(c)).ToList();
            if (names.Count == 0)
            {
                report.RefuseFile(0, null, "TEMPLATE_NOT_RECOGNISED", "The headers match none of the templates; name the template (customers, grades, follow-ups, plans, conversions, services) and map the columns.", "表头与任何模板都不符，请指定模板（customers、grades、follow-ups、plans、conversions、services）并映射列。");
            }
            else
            {
                report.RefuseFile(0, null, "TEMPLATE_AMBIGUOUS", $"The headers fit {string.Join(" and ", names.Select(n => n.EnglishName))} equally well; name the template.", $"表头同样符合{string.Join("和", names.Select(n => n.ChineseName))}，请指定模板。");
            }
        }
        catch (SheetFileException ex)
        {
            report.RefuseFile(0, null, ex.Code, ex.Message, ex.ChineseMessage);
        }

        return null;
    }

    private async Task RunAsync(Viewer viewer, ImportRequest request, Stream file, SheetTemplate template, ISheetRowsImporter importer, ImportReport report, CancellationToken cancellationToken)
    {
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (header, field) in request.ColumnMap)
        {
            if (template.Column(field) is { } column)
            {
                mapping[header] = column.Key;
            }
            else
            {
                report.RefuseFile(0, header, "UNKNOWN_FIELD", $"The mapping sends '{header}' to '{field}', which is no field of the {template.EnglishName} template (fields: {string.Join(", ", template.Columns.Select(c => c.Key))}).", $"列映射把“{header}”映射到“{field}”，但{template.ChineseName}没有这个字段（可用：{string.Join("、", template.Columns.Select(c => c.Chinese))}）。");
            }
        }

        if (report.HasRefusals)
        {
            return;
        }

        SheetContent content;
        try
        {
            content = SheetReader.Open(file, request.FileName, template, mapping);
        }
        catch (SheetFileException ex)
        {
            report.RefuseFile(0, null, ex.Code, ex.Message, ex.ChineseMessage);
            return;
        }

        report.Sheet = content.SheetName;
        report.Headers = content.Headers;
        var map = template.Recognise(content.Headers, mapping);
        report.UnknownColumns = map.UnknownHeaders;
        var columns = ColumnReport.Describe(template, map, content.Headers, request.IgnoredColumns);
        report.Columns = [.. columns.Values.OrderBy(c => c.Position).Select(c => c.Column)];
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
        var users = new TeamUsers(await db.Users.AsNoTracking().Where(u => u.TeamId == viewer.TeamId).ToListAsync(cancellationToken).ConfigureAwait(false), request.OwnerMap);
        foreach (var login in users.UnknownMappedLogins)
        {
            report.RefuseFile(0, null, "UNKNOWN_LOGIN", $"The owner map names '{login}', which is no active user's login in your team.", $"负责人映射中的“{login}”不是本团队在职用户的登录名。");
        }

        if (report.HasRefusals)
        {
            return;
        }

        var recent = new RecentRows(columns.Values.Where(c => c.Column.Status == ImportColumnStatus.Unmapped));
        report.CellsOf = recent.CellsOf;
        content = content with { Rows = recent.Track(content.Rows) };
        var scope = new ImportScope(db, viewer, team, users, time.GetUtcNow(), ids.NewId, request.OnDuplicate, BatchSize);
        try
        {
            await importer.ImportAsync(scope, content, map, report, cancellationToken).ConfigureAwait(false);
        }
        catch (SheetFileException ex)
        {
            report.RefuseFile(report.RowsRead + content.HeaderRowNumber + 1, null, ex.Code, ex.Message, ex.ChineseMessage);
        }

        // Nothing dropped silently: a column no field takes refuses the file when any row has data in it.
        foreach (var lost in report.Columns.Where(c => c.Status == ImportColumnStatus.Unmapped && c.RowsWithData > 0))
        {
            report.RefuseFile(content.HeaderRowNumber, lost.Header, "UNMAPPED_COLUMN", $"The column '{lost.Header}' has data in {lost.RowsWithData} rows that no field takes; it would be lost. Map it to a field (--map \"{lost.Header}=field\", GraphQL columnMap) or leave it out on purpose (--ignore-column \"{lost.Header}\", GraphQL ignoreColumns).", $"列“{lost.Header}”有 {lost.RowsWithData} 行数据没有对应的字段，导入会丢失这些数据。请映射到字段（--map \"{lost.Header}=字段\"，GraphQL columnMap），或确认忽略（--ignore-column \"{lost.Header}\"，GraphQL ignoreColumns）。");
        }
    }
}
