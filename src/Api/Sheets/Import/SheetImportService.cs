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
/// A workbook of several sheets with no template named is imported whole: each sheet as the template its headers
/// (and name) fit, customers first, in the same one transaction (ADR-043).
/// </summary>
public sealed class SheetImportService(
    CrmDbContext db,
    IEnumerable<ISheetRowsImporter> importers,
    IIdGenerator ids,
    TimeProvider time,
    CustomerReminderScan reminderScan)
{
    public const int BatchSize = 50;

    /// <summary>The audit record's template of a workbook imported whole.</summary>
    public const string WorkbookTemplate = "Workbook";

    // The order the sheets of a workbook are imported in: the team's cadence first (the plans the other sheets
    // propose follow it), then the customers the others refer to, plans last.
    private static readonly SheetKind[] WorkbookOrder =
    [
        SheetKind.Cadence, SheetKind.Customers, SheetKind.Grades, SheetKind.Conversions, SheetKind.Services,
        SheetKind.FollowUpRecords,
        SheetKind.FollowUpPlans,
    ];

    /// <summary>Imports a seekable stream of an .xlsx or CSV file (read twice: hash, then rows).</summary>
    public async Task<ImportReport> ImportAsync(
        Viewer viewer, ImportRequest request, Stream file, CancellationToken cancellationToken)
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
        var report = new ImportReport(request.Template ?? SheetKind.Customers, request.FileName, request.DryRun)
        {
            Partial = request.Partial,
        };
        var sheets = request.Template is null ? SheetNames(file, report) : [];
        List<(string Sheet, SheetTemplate? Template, ImportReport Report)> plan;
        if (sheets.Count > 1)
        {
            plan = await WorkbookPlanAsync(viewer, request, file, sheets, cancellationToken).ConfigureAwait(false);
            report.Sheet = string.Join(", ", plan.Select(p => p.Sheet));
            report.Template = plan.Select(p => p.Template?.Kind).OfType<SheetKind>().FirstOrDefault();
            if (plan.Count == 0)
            {
                report.RefuseFile(
                    0, null, "EMPTY_WORKBOOK", "Every sheet of the workbook is empty.", "工作簿的所有工作表都是空的。");
            }
        }
        else
        {
            var template = request.Template is { } named ? Templates.Templates.For(named)
                : report.HasRefusals ? null
                : await SavedTemplateAsync(viewer, request, file, null, cancellationToken).ConfigureAwait(false)
                    ?? DetectTemplate(request, file, report, null);
            plan = [(report.Sheet, template, report)];
        }

        var kind = sheets.Count > 1 ? WorkbookTemplate : (plan[0].Template?.Kind ?? report.Template).ToString();
        var audit = new SheetImportRecord(
            ids.NewId(), viewer.TeamId, viewer.UserId, kind, request.FileName, file.Length, hash, startedAt);
        report.ImportId = audit.Id;

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            var unusedMappings = new HashSet<string>(request.ColumnMap.Keys, StringComparer.Ordinal);
            foreach (var (sheet, template, sheetReport) in plan)
            {
                if (template is not null)
                {
                    sheetReport.Template = template.Kind;
                    var importer = importers.Single(i => i.Kind == template.Kind);
                    var columnMap = sheets.Count > 1
                        ? request.ColumnMap.Where(m => template.Column(m.Value) is not null).ToDictionary()
                        : request.ColumnMap;
                    unusedMappings.ExceptWith(columnMap.Keys);
                    file.Position = 0;
                    var sheetName = sheets.Count > 1 ? sheet : null;
                    await RunAsync(
                            viewer,
                            request,
                            file,
                            template,
                            importer,
                            sheetReport,
                            sheetName,
                            columnMap,
                            cancellationToken)
                        .ConfigureAwait(false);
                }

                if (!ReferenceEquals(sheetReport, report))
                {
                    report.Include(sheetReport);
                }
            }

            if (sheets.Count > 1)
            {
                foreach (var header in unusedMappings)
                {
                    var field = request.ColumnMap[header];
                    report.RefuseFile(
                        0,
                        header,
                        "UNKNOWN_FIELD",
                        $"The mapping sends '{header}' to '{field}', which is a field of none of the workbook's "
                        + "sheets.",
                        $"列映射把“{header}”映射到“{field}”，但工作簿中没有哪个工作表有这个字段。");
                }
            }

            // Partial mode writes the good rows unless the file as a whole was refused (ADR-034).
            var writable = request.Partial ? report.FileRefusalCount == 0 : !report.HasRefusals;
            if (plan.Any(p => p.Template is not null) && writable)
            {
                await ForecastRemindersAsync(viewer, report, cancellationToken).ConfigureAwait(false);
            }

            if (!request.DryRun && writable)
            {
                report.Committed = true;
                foreach (var sheetReport in report.Sheets)
                {
                    sheetReport.Committed = true;
                }

                foreach (var choices in plan.Select(p => p.Report.ColumnChoicesToSave).OfType<ColumnChoices>())
                {
                    await SaveColumnChoicesAsync(viewer, choices, cancellationToken).ConfigureAwait(false);
                }

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
    /// What the next customer scan will store once these rows are in (ADR-045): read inside the import's transaction,
    /// so a dry run forecasts the same as the real run. The whole team is read: the digest limit counts per person.
    /// </summary>
    private async Task ForecastRemindersAsync(Viewer viewer, ImportReport report, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == viewer.TeamId, cancellationToken)
            .ConfigureAwait(false);
        var forecast = await reminderScan.ForecastAsync(team, time.GetUtcNow(), cancellationToken)
            .ConfigureAwait(false);
        report.Reminders = ReminderForecast.Summarise(forecast);
    }

    private static IReadOnlyList<string> SheetNames(Stream file, ImportReport report)
    {
        try
        {
            return SheetReader.SheetNames(file);
        }
        catch (SheetFileException ex)
        {
            report.RefuseFile(0, null, ex.Code, ex.Message, ex.ChineseMessage);
            return [];
        }
    }

    // Each sheet of the workbook with the template it is read as (null: refused in its own report), in import order.
    // Sheets without any cell are left out; every other sheet must fit a template.
    private async Task<List<(string Sheet, SheetTemplate? Template, ImportReport Report)>> WorkbookPlanAsync(
        Viewer viewer,
        ImportRequest request,
        Stream file,
        IReadOnlyList<string> sheets,
        CancellationToken cancellationToken)
    {
        var plan = new List<(string, SheetTemplate?, ImportReport)>();
        foreach (var sheet in sheets)
        {
            var sheetReport = new ImportReport(SheetKind.Customers, request.FileName, request.DryRun)
            {
                Partial = request.Partial,
                Sheet = sheet,
            };
            file.Position = 0;
            if (SheetIsEmpty(file, request.FileName, sheet))
            {
                continue;
            }

            var saved = await SavedTemplateAsync(viewer, request, file, sheet, cancellationToken).ConfigureAwait(false);
            var template = saved ?? DetectTemplate(request, file, sheetReport, sheet);
            plan.Add((sheet, template, sheetReport));
        }

        return [.. plan.OrderBy(p => p.Item2 is { } t ? Array.IndexOf(WorkbookOrder, t.Kind) : -1)];
    }

    // The template of the team's saved column map for the sheet's headers, when exactly one template has one: the
    // user confirmed what these headers are (ADR-043).
    private async Task<SheetTemplate?> SavedTemplateAsync(
        Viewer viewer, ImportRequest request, Stream file, string? sheetName, CancellationToken cancellationToken) =>
        await SavedMapAsync(viewer, request, file, sheetName, null, cancellationToken)
            .ConfigureAwait(false) is { } saved
        && Enum.TryParse<SheetKind>(saved.Template, out var kind)
            ? Templates.Templates.For(kind)
            : null;

    // The team's saved column map whose headers are one of the sheet's first rows (the header row is among them), of
    // the template when one is given, else of the one template that has such a map.
    private async Task<SavedColumnMap?> SavedMapAsync(
        Viewer viewer,
        ImportRequest request,
        Stream file,
        string? sheetName,
        SheetKind? template,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<IReadOnlyList<string?>> rows;
        try
        {
            file.Position = 0;
            (_, rows) = SheetReader.Peek(file, request.FileName, sheetName);
        }
        catch (SheetFileException)
        {
            return null; // reported when the sheet is read
        }

        var signatures = rows.Select(SavedColumnMap.Signature).Distinct().ToList();
        var kind = template?.ToString();
        var found = await db.SavedColumnMaps.AsNoTracking()
            .Where(m => m.TeamId == viewer.TeamId && signatures.Contains(m.HeaderSignature))
            .Where(m => kind == null || m.Template == kind)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.Select(m => m.Template).Distinct().Count() == 1
            ? found.OrderBy(m => signatures.IndexOf(m.HeaderSignature)).First()
            : null;
    }

    private static bool SheetIsEmpty(Stream file, string fileName, string sheet)
    {
        try
        {
            var (_, rows) = SheetReader.Peek(file, fileName, sheet);
            // Only a sheet seen whole (fewer rows than a peek reads) counts as empty.
            return rows.Count < 11 && rows.All(r => r.All(string.IsNullOrWhiteSpace));
        }
        catch (SheetFileException)
        {
            // Reported when the sheet is read as its template.
            return false;
        }
    }

    private static SheetTemplate? DetectTemplate(
        ImportRequest request, Stream file, ImportReport report, string? sheetName)
    {
        try
        {
            var (sheet, rows) = SheetReader.Peek(file, request.FileName, sheetName);
            report.Sheet = sheet;
            var hint = sheetName is null ? request.FileName : sheet;
            var (kind, candidates) = TemplateDetection.Detect(rows, sheet, hint);
            if (kind is { } k)
            {
                return Templates.Templates.For(k);
            }

            var names = candidates.Select(c => Templates.Templates.For(c)).ToList();
            if (names.Count == 0)
            {
                report.RefuseFile(
                    0,
                    null,
                    "TEMPLATE_NOT_RECOGNISED",
                    $"The headers of sheet '{sheet}' match none of the templates; name the template (customers, "
                    + "grades, follow-ups, plans, conversions, services, cadence) and map the columns"
                    + (sheetName is null ? "." : ", or take the sheet out of the workbook."),
                    $"工作表“{sheet}”的表头与任何模板都不符，请指定模板（customers、grades、follow-ups、plans、conversions、"
                    + "services、cadence）并映射列" + (sheetName is null ? "。" : "，或把该工作表移出工作簿。"));
            }
            else
            {
                report.RefuseFile(
                    0,
                    null,
                    "TEMPLATE_AMBIGUOUS",
                    $"The headers of sheet '{sheet}' fit {string.Join(" and ", names.Select(n => n.EnglishName))} "
                    + "equally well; name the template" + (sheetName is null ? "." : " in the sheet's name (…计划…)."),
                    $"工作表“{sheet}”的表头同样符合{string.Join("和", names.Select(n => n.ChineseName))}，请指定模板"
                    + (sheetName is null ? "。" : "（在工作表名中写明，如“…计划…”）。"));
            }
        }
        catch (SheetFileException ex)
        {
            report.RefuseFile(0, null, ex.Code, ex.Message, ex.ChineseMessage);
        }

        return null;
    }

    // The team's saved map for a sheet of this template with these headers fills in what the user did not send
    // (ADR-043); what the user sends now is kept to be saved when the import commits. Returns the columns left out.
    private static List<string> ApplySavedColumnMap(
        SavedColumnMap? saved,
        ImportRequest request,
        SheetTemplate template,
        Dictionary<string, string> mapping,
        ImportReport report)
    {
        var ignored = new List<string>(request.IgnoredColumns);
        if (saved is not null)
        {
            var sent = mapping.Keys.Concat(request.IgnoredColumns).Select(SheetTemplate.Normalize)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var (header, key) in saved.Map)
            {
                if (!sent.Contains(SheetTemplate.Normalize(header)) && template.Columns.Any(c => c.Key == key))
                {
                    mapping[header] = key;
                }
            }

            ignored.AddRange(saved.Ignored.Where(h => !sent.Contains(SheetTemplate.Normalize(h))));
            report.SavedColumnMapApplied = true;
        }

        return ignored;
    }

    // What a committed import confirms for these headers: the map and ignored columns the user sent, with the saved
    // ones they completed, restricted to the sheet's headers; null when the user sent neither.
    private static ColumnChoices? ChoicesToSave(
        ImportRequest request,
        SheetTemplate template,
        IReadOnlyList<string?> headers,
        IReadOnlyDictionary<string, string> sentMap,
        Dictionary<string, string> mapping,
        List<string> ignored)
    {
        var present = headers.OfType<string>().Select(SheetTemplate.Normalize).ToHashSet(StringComparer.Ordinal);
        bool Present(string header) => present.Contains(SheetTemplate.Normalize(header));
        if (!sentMap.Keys.Any(Present) && !request.IgnoredColumns.Any(Present))
        {
            return null;
        }

        var map = mapping.Where(m => Present(m.Key)).ToDictionary();
        var left = ignored.Where(Present).Distinct().ToList();
        return new ColumnChoices(template.Kind, SavedColumnMap.Signature(headers), map, left);
    }

    private async Task SaveColumnChoicesAsync(Viewer viewer, ColumnChoices choices, CancellationToken cancellationToken)
    {
        var kind = choices.Template.ToString();
        var saved = db.SavedColumnMaps.Local.FirstOrDefault(
                m => m.TeamId == viewer.TeamId && m.Template == kind && m.HeaderSignature == choices.HeaderSignature)
            ?? await db.SavedColumnMaps
            .SingleOrDefaultAsync(
                m => m.TeamId == viewer.TeamId && m.Template == kind && m.HeaderSignature == choices.HeaderSignature,
                cancellationToken)
            .ConfigureAwait(false);
        if (saved is null)
        {
            saved = new SavedColumnMap(ids.NewId(), viewer.TeamId, kind, choices.HeaderSignature);
            db.SavedColumnMaps.Add(saved);
        }

        saved.Save(choices.Map, choices.Ignored, viewer.UserId, time.GetUtcNow());
    }

    private async Task RunAsync(
        Viewer viewer,
        ImportRequest request,
        Stream file,
        SheetTemplate template,
        ISheetRowsImporter importer,
        ImportReport report,
        string? sheetName,
        IReadOnlyDictionary<string, string> columnMap,
        CancellationToken cancellationToken)
    {
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (header, field) in columnMap)
        {
            if (template.Column(field) is { } column)
            {
                mapping[header] = column.Key;
            }
            else
            {
                var fields = string.Join(", ", template.Columns.Select(c => c.Key));
                var names = string.Join("、", template.Columns.Select(c => c.Chinese));
                report.RefuseFile(
                    0,
                    header,
                    "UNKNOWN_FIELD",
                    $"The mapping sends '{header}' to '{field}', which is no field of the {template.EnglishName} "
                    + $"template (fields: {fields}).",
                    $"列映射把“{header}”映射到“{field}”，但{template.ChineseName}没有这个字段（可用：{names}）。");
            }
        }

        if (report.HasRefusals)
        {
            return;
        }

        var sentMap = new Dictionary<string, string>(mapping, StringComparer.Ordinal);
        var saved = await SavedMapAsync(viewer, request, file, sheetName, template.Kind, cancellationToken)
            .ConfigureAwait(false);
        var ignored = ApplySavedColumnMap(saved, request, template, mapping, report);
        file.Position = 0;
        SheetContent content;
        try
        {
            content = SheetReader.Open(file, request.FileName, template, mapping, sheetName);
        }
        catch (SheetFileException ex)
        {
            report.RefuseFile(0, null, ex.Code, ex.Message, ex.ChineseMessage);
            return;
        }

        report.Sheet = content.SheetName;
        report.Headers = content.Headers;
        report.ColumnChoicesToSave = ChoicesToSave(request, template, content.Headers, sentMap, mapping, ignored);
        var map = template.Recognise(content.Headers, mapping);
        report.UnknownColumns = map.UnknownHeaders;
        var columns = ColumnReport.Describe(template, map, content.Headers, ignored);
        report.Columns = [.. columns.Values.OrderBy(c => c.Position).Select(c => c.Column)];
        foreach (var missing in map.MissingRequired)
        {
            report.RefuseFile(
                content.HeaderRowNumber,
                missing.Chinese,
                "MISSING_COLUMN",
                $"The required column '{missing.Chinese}' ({missing.English}) is missing from the header row.",
                $"表头缺少必填列“{missing.Chinese}”。");
        }

        foreach (var duplicated in map.DuplicatedHeaders)
        {
            report.RefuseFile(
                content.HeaderRowNumber,
                duplicated,
                "DUPLICATED_COLUMN",
                $"The column '{duplicated}' appears twice (or under two names); keep one.",
                $"列“{duplicated}”重复出现（或以两个名称出现），请只保留一列。");
        }

        if (report.HasRefusals)
        {
            return;
        }

        var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == viewer.TeamId, cancellationToken)
            .ConfigureAwait(false);
        var teamUsers = await db.Users.AsNoTracking().Where(u => u.TeamId == viewer.TeamId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var users = new TeamUsers(teamUsers, request.OwnerMap);
        foreach (var login in users.UnknownMappedLogins)
        {
            report.RefuseFile(
                0,
                null,
                "UNKNOWN_LOGIN",
                $"The owner map names '{login}', which is no active user's login in your team.",
                $"负责人映射中的“{login}”不是本团队在职用户的登录名。");
        }

        if (report.HasRefusals)
        {
            return;
        }

        var recent = new RecentRows(columns.Values.Where(c => c.Column.Status == ImportColumnStatus.Unmapped));
        report.CellsOf = recent.CellsOf;
        content = content with { Rows = recent.Track(content.Rows) };
        var now = time.GetUtcNow();
        var scope = new ImportScope(db, viewer, team, users, now, ids.NewId, request.OnDuplicate, BatchSize)
        {
            Partial = request.Partial,
        };
        try
        {
            await importer.ImportAsync(scope, content, map, report, cancellationToken).ConfigureAwait(false);
        }
        catch (SheetFileException ex)
        {
            var row = report.RowsRead + content.HeaderRowNumber + 1;
            report.RefuseFile(row, null, ex.Code, ex.Message, ex.ChineseMessage);
        }

        // Nothing dropped silently: a column no field takes refuses the file when any row has data in it.
        foreach (var lost in report.Columns.Where(c => c.Status == ImportColumnStatus.Unmapped && c.RowsWithData > 0))
        {
            report.RefuseFile(
                content.HeaderRowNumber,
                lost.Header,
                "UNMAPPED_COLUMN",
                $"The column '{lost.Header}' has data in {lost.RowsWithData} rows that no field takes; it would be "
                + $"lost. Map it to a field (--map \"{lost.Header}=field\", GraphQL columnMap) or leave it out on "
                + $"purpose (--ignore-column \"{lost.Header}\", GraphQL ignoreColumns).",
                $"列“{lost.Header}”有 {lost.RowsWithData} 行数据没有对应的字段，导入会丢失这些数据。请映射到字段（--map "
                + $"\"{lost.Header}=字段\"，GraphQL columnMap），或确认忽略（--ignore-column \"{lost.Header}\"，"
                + "GraphQL ignoreColumns）。");
        }
    }
}
