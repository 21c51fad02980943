using System.Reflection;

namespace CrmGraph.Api;

/// <summary>
/// What the command line says about itself: <c>help</c>/<c>--help</c>/<c>-h</c> and unknown verbs print
/// <see cref="Usage"/> and exit 2, <c>--version</c> prints <see cref="Version"/>; both answer before the host is built,
/// so no database is created or touched.
/// </summary>
public static class CommandLineHelp
{
    public const int UsageExitCode = 2;

    private static readonly string[] HelpWords = ["help", "--help", "-h", "-?", "/?"];

    /// <summary>One line per verb, then its options; the server's own options last.</summary>
    public static readonly string Usage = string.Join(Environment.NewLine,
        "Usage: CrmGraph.Api [VERB] [ARGUMENTS] [--Section:Key=value ...]",
        "       (from a clone: dotnet run --project src/Api -- [VERB] ...)",
        "",
        "Verbs:",
        "  (none)      run the server (GraphQL on /graphql, health on /health/live and /health/ready)",
        "  token       print a bearer token for a user as the last line",
        "                token LOGIN [--hours N]",
        "  migrate     bring the database up to date and exit",
        "  reencrypt   reseal personal data with the active field key (after a key rotation)",
        "  import      import a spreadsheet, all rows or none",
        "                import TEMPLATE FILE [--dry-run] [--on-duplicate refuse|skip|update] [--as LOGIN]",
        "  export      export a spreadsheet",
        "                export TEMPLATE FILE [--format xlsx|csv|csv-gbk] [--english] [--as LOGIN]",
        "  backup      copy the SQLite database while the server runs (PostgreSQL: pg_dump -Fc)",
        "                backup FILE",
        "  help        print this text (also --help, -h)",
        "",
        "  TEMPLATE: customers, grades, follow-ups, plans, conversions, services",
        "",
        "Options for every verb (ASP.NET Core configuration):",
        "  --version                        print the version and exit",
        "  --environment Production         pick the environment (Development serves GraphiQL and introspection)",
        "  --urls http://0.0.0.0:5000       where the server listens",
        "  --Crm:DataDirectory=PATH         where the SQLite database and key files live (default: data)",
        "  --Crm:Database:Provider=Postgres --Crm:Database:ConnectionString=...   use PostgreSQL",
        "Environment variables work too: Crm__DataDirectory=PATH, ASPNETCORE_ENVIRONMENT=Production.");

    /// <summary>The assembly's informational version without the "+commit" build metadata, e.g. 0.1.0.</summary>
    public static string Version
    {
        get
        {
            var assembly = typeof(CommandLineHelp).Assembly;
            var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
                ?.InformationalVersion
                ?? assembly.GetName().Version?.ToString()
                ?? "0.0.0";
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational[..plus];
        }
    }

    /// <summary>
    /// Answers help, version and unknown verbs; null when the arguments are for a verb or the server.
    /// </summary>
    public static async Task<int?> TryAnswerAsync(
        string[] args, IReadOnlyCollection<string> verbs, CommandLineContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(verbs);
        ArgumentNullException.ThrowIfNull(context);
        if (args.Length == 0)
        {
            return null;
        }

        var first = args[0];
        if (HelpWords.Contains(first, StringComparer.OrdinalIgnoreCase))
        {
            await context.Out.WriteLineAsync(Usage).ConfigureAwait(false);
            return UsageExitCode;
        }

        if (args.Contains("--version", StringComparer.OrdinalIgnoreCase))
        {
            await context.Out.WriteLineAsync(Version).ConfigureAwait(false);
            return 0;
        }

        if (verbs.Contains(first) || IsHostArgument(first))
        {
            return null;
        }

        await context.Error.WriteLineAsync($"Unknown verb '{first}'.{Environment.NewLine}{Environment.NewLine}{Usage}")
            .ConfigureAwait(false);
        return UsageExitCode;
    }

    /// <summary>
    /// Options (<c>--urls</c>, <c>-e</c>) and <c>Key=value</c> settings go to the host; a bare word is a verb.
    /// </summary>
    private static bool IsHostArgument(string argument) =>
        argument.StartsWith('-') || argument.StartsWith('/') || argument.Contains('=', StringComparison.Ordinal);
}
