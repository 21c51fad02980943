using System.Globalization;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Sheets.Export;
using CrmGraph.Api.Sheets.Import;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Api.Visibility;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Sheets;

/// <summary>
/// <c>import TEMPLATE|auto FILE [--dry-run] [--on-duplicate refuse|skip|update] [--map H=field,…] [--ignore-column H]
/// [--owner-map name=login,…] [--partial [--refused-rows FILE]] [--as LOGIN]</c> and
/// <c>export TEMPLATE FILE [--format xlsx|csv|csv-gbk] [--english] [--as LOGIN]</c>: the administrator's way in and
/// out, running as a user (default admin) with that user's visibility, exactly like the GraphQL entry points.
/// </summary>
public static class SheetVerbs
{
    public const string ImportUsage = "Usage: dotnet run --project src/Api -- import "
        + "<auto|customers|grades|follow-ups|plans|conversions|services|cadence> <file.xlsx|file.csv> [--dry-run] "
        + "[--on-duplicate refuse|skip|update] [--map \"header=field,...\"] "
        + "[--ignore-column header] [--owner-map name=login,...] [--partial] [--refused-rows out.xlsx] [--as login]";

    public const string ExportUsage = "Usage: dotnet run --project src/Api -- export "
        + "<customers|grades|follow-ups|plans|conversions|services|cadence> <file.xlsx|file.csv> "
        + "[--format xlsx|csv|csv-gbk] [--english] [--as login]";

    private static readonly string[] Flags = ["--dry-run", "--english", "--partial"];
    private static readonly string[] Options =
        ["--on-duplicate", "--as", "--format", "--map", "--ignore-column", "--owner-map", "--refused-rows"];

    /// <summary>
    /// The arguments that belong to the host (configuration such as --Crm:DataDirectory=…), without the verb's own.
    /// </summary>
    public static string[] HostArguments(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var host = new List<string>();
        for (var i = 3; i < args.Length; i++)
        {
            if (Options.Contains(args[i]))
            {
                i++;
            }
            else if (!Flags.Contains(args[i]))
            {
                host.Add(args[i]);
            }
        }

        return [.. host];
    }

    public static async Task<int> ImportAsync(WebApplication app, string[] args, CommandLineContext context)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var auto = args.Length >= 2 && string.Equals(args[1], "auto", StringComparison.OrdinalIgnoreCase);
        var template = args.Length >= 2 ? ParseTemplate(args[1]) : null;
        if (args.Length < 3 || (template is null && !auto))
        {
            var usage = ImportUsage + Environment.NewLine + "Templates: auto, " + string.Join(", ", Names.Keys);
            return await FailAsync(context, usage).ConfigureAwait(false);
        }

        if (Pairs(args, "--map") is not { } columnMap || Pairs(args, "--owner-map") is not { } ownerMap)
        {
            const string PairsHelp = "--map and --owner-map take pairs such as \"客户级别=grade,小王=wang\": each with one " +
                "'='.";
            return await FailAsync(context, PairsHelp)
                .ConfigureAwait(false);
        }

        var onDuplicate = Option(args, "--on-duplicate") ?? "refuse";
        if (!Enum.TryParse<DuplicateAction>(onDuplicate, ignoreCase: true, out var action)
            || int.TryParse(onDuplicate, CultureInfo.InvariantCulture, out _))
        {
            return await FailAsync(context, $"--on-duplicate must be refuse, skip or update; it is '{onDuplicate}'.")
                .ConfigureAwait(false);
        }

        if (!File.Exists(args[2]))
        {
            return await FailAsync(context, $"No file at '{Path.GetFullPath(args[2])}'.").ConfigureAwait(false);
        }

        await app.MigrateAsync(CancellationToken.None).ConfigureAwait(false);
        await using var scope = app.Services.CreateAsyncScope();
        var asUser = Option(args, "--as");
        if (await ViewerAsync(scope.ServiceProvider, asUser, context).ConfigureAwait(false) is not { } viewer)
        {
            return 1;
        }

        var file = File.OpenRead(args[2]);
        await using (file.ConfigureAwait(false))
        {
            var request = new ImportRequest(
                auto ? null : template, Path.GetFileName(args[2]), args.Contains("--dry-run"), action)
            {
                ColumnMap = columnMap,
                OwnerMap = ownerMap,
                IgnoredColumns = [.. Values(args, "--ignore-column")],
                Partial = args.Contains("--partial"),
            };
            var report = await scope.ServiceProvider.GetRequiredService<SheetImportService>()
                .ImportAsync(viewer, request, file, CancellationToken.None).ConfigureAwait(false);
            await PrintAsync(report, context).ConfigureAwait(false);
            if (report.RefusedRowsWorkbook is { } refused && Option(args, "--refused-rows") is { } path)
            {
                await File.WriteAllBytesAsync(path, refused).ConfigureAwait(false);
                await context.Out.WriteLineAsync($"Refused rows with their 错误原因 written to {Path.GetFullPath(path)}.")
                    .ConfigureAwait(false);
            }

            return report.HasRefusals ? 3 : 0;
        }
    }

    public static async Task<int> ExportAsync(WebApplication app, string[] args, CommandLineContext context)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        if (args.Length < 3 || ParseTemplate(args[1]) is not { } template)
        {
            var usage = ExportUsage + Environment.NewLine + "Templates: " + string.Join(", ", Names.Keys);
            return await FailAsync(context, usage).ConfigureAwait(false);
        }

        var formatText = Option(args, "--format")
            ?? (args[2].EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "xlsx");
        ExportFormat? format = formatText.ToUpperInvariant() switch
        {
            "XLSX" => ExportFormat.Xlsx,
            "CSV" => ExportFormat.Csv,
            "CSV-GBK" => ExportFormat.CsvGbk,
            _ => null,
        };
        if (format is null)
        {
            return await FailAsync(context, $"--format must be xlsx, csv or csv-gbk; it is '{formatText}'.")
                .ConfigureAwait(false);
        }

        await app.MigrateAsync(CancellationToken.None).ConfigureAwait(false);
        await using var scope = app.Services.CreateAsyncScope();
        var asUser = Option(args, "--as");
        if (await ViewerAsync(scope.ServiceProvider, asUser, context).ConfigureAwait(false) is not { } viewer)
        {
            return 1;
        }

        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var output = File.Create(args[2]);
        await using (output.ConfigureAwait(false))
        {
            var language = args.Contains("--english") ? SheetLanguage.English : SheetLanguage.Chinese;
            var count = template == SheetKind.Cadence
                ? await new CadenceSheetExporter(db)
                    .WriteAsync(viewer.TeamId, format.Value, language, output, CancellationToken.None)
                    .ConfigureAwait(false)
                : await scope.ServiceProvider.GetServices<ISheetExporter>().For(template)
                    .WriteAsync(
                        VisibilityScope.Customers(db.Customers.AsNoTracking(), viewer),
                        format.Value,
                        language,
                        output,
                        CancellationToken.None)
                    .ConfigureAwait(false);
            var name = Templates.Templates.For(template).ChineseName;
            await context.Out.WriteLineAsync($"Exported {count} rows of the {name} to {Path.GetFullPath(args[2])}.")
                .ConfigureAwait(false);
            return 0;
        }
    }

    private static readonly Dictionary<string, SheetKind> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["customers"] = SheetKind.Customers,
        ["客户信息表"] = SheetKind.Customers,
        ["grades"] = SheetKind.Grades,
        ["客户分级表"] = SheetKind.Grades,
        ["follow-ups"] = SheetKind.FollowUpRecords,
        ["跟进记录"] = SheetKind.FollowUpRecords,
        ["plans"] = SheetKind.FollowUpPlans,
        ["跟进计划表"] = SheetKind.FollowUpPlans,
        ["沟通计划表"] = SheetKind.FollowUpPlans,
        ["conversions"] = SheetKind.Conversions,
        ["客户转化记录表"] = SheetKind.Conversions,
        ["services"] = SheetKind.Services,
        ["客户服务表"] = SheetKind.Services,
        ["cadence"] = SheetKind.Cadence,
        ["跟进策略"] = SheetKind.Cadence,
    };

    private static SheetKind? ParseTemplate(string name) => Names.TryGetValue(name, out var kind) ? kind : null;

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at > 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    // Every value of a repeatable option (--ignore-column A --ignore-column B).
    private static IEnumerable<string> Values(string[] args, string name)
    {
        for (var i = 3; i + 1 < args.Length; i++)
        {
            if (args[i] == name)
            {
                yield return args[i + 1];
            }
        }
    }

    // "a=b,c=d" pairs of every occurrence of the option; null when one is not a pair.
    private static Dictionary<string, string>? Pairs(string[] args, string name)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        const StringSplitOptions Split = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
        foreach (var pair in Values(args, name).SelectMany(v => v.Split([',', '，'], Split)))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                return null;
            }

            pairs[parts[0]] = parts[1];
        }

        return pairs;
    }

    private static async Task<Viewer?> ViewerAsync(
        IServiceProvider services, string? login, CommandLineContext context)
    {
        var name = Domain.Users.User.NormalizeLogin(login ?? FirstRunSeeder.AdminLogin);
        var user = await services.GetRequiredService<CrmDbContext>().Users.AsNoTracking()
            .SingleOrDefaultAsync(u => u.Login == name).ConfigureAwait(false);
        if (user is null || !user.IsActive)
        {
            await context.Error.WriteLineAsync($"No active user with login '{name}'.").ConfigureAwait(false);
            return null;
        }

        return Viewer.Of(user);
    }

    private static async Task PrintAsync(ImportReport report, CommandLineContext context)
    {
        var verdict = report.Committed ? (report.RefusedRows > 0 ? "Imported the good rows" : "Imported")
            : report.DryRun ? "Dry run, nothing written" : "Refused, nothing written";
        await context.Out.WriteLineAsync(
            $"{verdict}: {report.FileName} (sheet '{report.Sheet}'), {Counts(report)}.").ConfigureAwait(false);
        foreach (var sheet in report.Sheets.Count > 0 ? report.Sheets : [report])
        {
            if (report.Sheets.Count > 0)
            {
                await context.Out.WriteLineAsync($"Sheet '{sheet.Sheet}': {Counts(sheet)}.").ConfigureAwait(false);
            }

            await PrintColumnsAsync(sheet, context).ConfigureAwait(false);
            if (sheet.Template == SheetKind.Cadence)
            {
                // Each setting with its old → new value (跟进策略 changes the team's cadence, not records).
                foreach (var row in sheet.Rows.Where(r => r.Label is not null))
                {
                    await context.Out.WriteLineAsync($"  row {row.Row}: {row.Label}").ConfigureAwait(false);
                }
            }

            if (sheet.SavedColumnMapApplied)
            {
                await context.Out.WriteLineAsync("  (the column map your team saved for these headers was applied)")
                    .ConfigureAwait(false);
            }

            if (report.Committed && sheet.ColumnChoicesToSave is not null)
            {
                const string Saved = "  (this column map is saved for your team's next sheet with these headers)";
                await context.Out.WriteLineAsync(Saved)
                    .ConfigureAwait(false);
            }
        }

        foreach (var refusal in report.Refusals)
        {
            var column = refusal.Column is null ? string.Empty : $", column {refusal.Column}";
            var where = $"{refusal.Sheet} row {refusal.Row}{column}";
            await context.Out.WriteLineAsync($"  {where}: {refusal.Code}: {refusal.Message}")
                .ConfigureAwait(false);
        }

        if (report.RefusalCount > report.Refusals.Count)
        {
            await context.Out.WriteLineAsync($"  … and {report.RefusalCount - report.Refusals.Count} more refusals.")
                .ConfigureAwait(false);
        }
    }

    private static string Counts(ImportReport report) =>
        $"{report.RowsRead} rows: {report.Created} created, {report.Updated} updated, {report.Skipped} skipped, "
        + $"{report.RefusedRows} refused";

    private static async Task PrintColumnsAsync(ImportReport report, CommandLineContext context)
    {
        var template = Templates.Templates.For(report.Template);
        await context.Out.WriteLineAsync($"Template: {template.ChineseName} ({report.Template}). Columns:")
            .ConfigureAwait(false);
        foreach (var column in report.Columns)
        {
            var lands = column.Status switch
            {
                ImportColumnStatus.Mapped => $"{column.FieldName} ({column.Field})",
                ImportColumnStatus.Ignored => "ignored (--ignore-column)",
                _ => column.RowsWithData > 0
                    ? $"NOT IMPORTED: data in {column.RowsWithData} rows would be lost"
                    : "not imported (empty)",
            };
            await context.Out.WriteLineAsync($"  {column.Header} -> {lands}").ConfigureAwait(false);
        }

        if (report.UnknownColumns.Count > 0)
        {
            var unknown = string.Join(", ", report.UnknownColumns);
            await context.Out.WriteLineAsync($"Unknown columns (not imported): {unknown}")
                .ConfigureAwait(false);
        }

        if (report.Reminders is { } forecast)
        {
            await context.Out.WriteLineAsync($"Reminders the next customer scan will make: {forecast.Reminders} "
                    + $"({forecast.Digests} digests), at most {forecast.MostForOnePerson} for one person.")
                .ConfigureAwait(false);
            foreach (var line in forecast.Kinds)
            {
                await context.Out.WriteLineAsync($"  {line.Kind}: {line.Reminders} ({line.Digests} digests) "
                    + $"about {line.Customers} customers, at most {line.MostForOnePerson} for one person.")
                    .ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> FailAsync(CommandLineContext context, string message)
    {
        await context.Error.WriteLineAsync(message).ConfigureAwait(false);
        return 2;
    }
}
