using System.Globalization;
using CrmGraph.Api.Authentication;
using CrmGraph.Api.Configuration;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.Encryption;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CrmGraph.Api.Operations;

/// <summary>
/// <c>backup FILE</c>: a consistent copy of the SQLite database while the server runs (<c>VACUUM INTO</c> through our
/// own connection, so no <c>sqlite3</c> tool is needed). PostgreSQL is backed up with <c>pg_dump -Fc</c>, which the
/// verb names rather than runs. The key files are not copied; the verb reminds where they are.
/// </summary>
public static class BackupVerb
{
    public const string Usage = "Usage: dotnet run --project src/Api -- backup <file>   (SQLite only; PostgreSQL: " +
        "pg_dump -Fc)";

    /// <summary>
    /// The arguments that belong to the host (configuration such as --Crm:DataDirectory=…), without the target file.
    /// </summary>
    public static string[] HostArguments(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return [.. args.Skip(2)];
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args, CommandLineContext context)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var options = app.Services.GetRequiredService<IOptions<CrmOptions>>().Value;
        if (options.Database.Provider == DatabaseProvider.Postgres)
        {
            var file = args.Length > 1 ? args[1] : "crm.dump";
            return await FailAsync(context, 1, PostgresRefusal(options, file)).ConfigureAwait(false);
        }

        if (args.Length < 2 || args[1].StartsWith('-') || string.IsNullOrWhiteSpace(args[1]))
        {
            return await FailAsync(context, 2, Usage).ConfigureAwait(false);
        }

        var target = Path.GetFullPath(args[1]);
        if (File.Exists(target) || Directory.Exists(target))
        {
            return await FailAsync(context, 1, $"Refusing to overwrite '{target}': it already exists. Choose a new " +
                "file name (e.g. with the date) or move the old backup away.").ConfigureAwait(false);
        }

        var source = new SqliteConnectionStringBuilder(DatabaseConnection.Resolve(options)).DataSource;
        if (!File.Exists(source))
        {
            return await FailAsync(context, 1, $"No database at '{Path.GetFullPath(source)}': nothing to back up " +
                "(check Crm:DataDirectory or Crm:Database:ConnectionString).").ConfigureAwait(false);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        try
        {
            await db.Database.ExecuteSqlAsync($"VACUUM INTO {target}").ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            File.Delete(target);
            return await FailAsync(context, 1, $"Backup to '{target}' failed, nothing written: {ex.Message}")
                .ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync(KeyReminder(options)).ConfigureAwait(false);
        var size = new FileInfo(target).Length;
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Backed up {Path.GetFullPath(source)} to {target} ({size} bytes).")).ConfigureAwait(false);
        return 0;
    }

    private static string KeyReminder(CrmOptions options)
    {
        var directory = options.ResolveDataDirectory();
        var encryption = options.Encryption.Keys.Count > 0
            ? "the keys in Crm:Encryption (Keys, SearchKey)"
            : Path.Combine(directory, FieldKeySet.KeyFileName);
        var signing = string.IsNullOrWhiteSpace(options.Auth.SigningKey)
            ? Path.Combine(directory, SigningKeyProvider.KeyFileName)
            : "Crm:Auth:SigningKey";
        return $"Not included, back these up too: {encryption} (without the encryption key the contact data cannot " +
            $"be read) and {signing}.";
    }

    private static string PostgresRefusal(CrmOptions options, string file)
    {
        var target = file.StartsWith('-') ? "crm.dump" : file;
        var connection = new NpgsqlConnectionStringBuilder(options.Database.ConnectionString ?? string.Empty);
        var host = connection.Host is { Length: > 0 } h ? $" -h {h}" : string.Empty;
        var port = connection.Port != NpgsqlConnection.DefaultPort ? string.Create(CultureInfo.InvariantCulture,
            $" -p {connection.Port}") : string.Empty;
        var user = connection.Username is { Length: > 0 } u ? $" -U {u}" : string.Empty;
        var database = connection.Database is { Length: > 0 } d ? d : "crm";
        return "The backup verb copies SQLite databases only; on PostgreSQL use pg_dump (this verb does not run it):"
            + Environment.NewLine +
            $"  pg_dump -Fc{host}{port}{user} -d {database} -f {target}" + Environment.NewLine +
            $"Restore into an empty database: createdb{host}{port}{user} {database}_restored && pg_restore " +
            $"--no-owner{host}{port}{user} -d {database}_restored {target}" + Environment.NewLine +
            "Back up field-encryption.json and jwt-signing.key from the data folder (or the Crm:Encryption and " +
            "Crm:Auth settings) too.";
    }

    private static async Task<int> FailAsync(CommandLineContext context, int exitCode, string message)
    {
        await context.Error.WriteLineAsync(message).ConfigureAwait(false);
        return exitCode;
    }
}
