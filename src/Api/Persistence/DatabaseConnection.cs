using System.Data.Common;
using CrmGraph.Api.Configuration;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CrmGraph.Api.Persistence;

public static class DatabaseConnection
{
    public const string SqliteFileName = "crm.db";

    /// <summary>How many statements a PostgreSQL connection of the contexts keeps prepared (the most used).</summary>
    public const int PreparedPerConnection = 64;

    /// <summary>The connection string for the configured engine; for SQLite the data directory is created.</summary>
    public static string Resolve(CrmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Database.Provider == DatabaseProvider.Postgres)
        {
            return string.IsNullOrWhiteSpace(options.Database.ConnectionString)
                ? throw new InvalidOperationException(
                    "Crm:Database:Provider is Postgres but Crm:Database:ConnectionString is empty. " +
                    "Set it, e.g. " +
                    "Crm__Database__ConnectionString='Host=localhost;Database=crm;Username=crm;Password=...'.")
                : options.Database.ConnectionString;
        }

        if (!string.IsNullOrWhiteSpace(options.Database.ConnectionString))
        {
            return options.Database.ConnectionString;
        }

        var directory = options.ResolveDataDirectory();
        Directory.CreateDirectory(directory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(directory, SqliteFileName),
            Pooling = true,
        }.ToString();
    }

    /// <summary>
    /// The connection string of the EF contexts. On PostgreSQL a statement a connection has run twice is prepared on
    /// it (Npgsql's automatic preparation): PostgreSQL then parses it no more and, after five runs, keeps its plan,
    /// where planning a page's statement cost as much as running it (ADR-053). A configured string that names
    /// <c>Max Auto Prepare</c> itself (0 turns it off) is left as it is.
    /// </summary>
    public static string ResolveForContexts(CrmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var resolved = Resolve(options);
        if (options.Database.Provider != DatabaseProvider.Postgres || NamesAutoPrepare(resolved))
        {
            return resolved;
        }

        return new NpgsqlConnectionStringBuilder(resolved)
        {
            MaxAutoPrepare = PreparedPerConnection,
            AutoPrepareMinUsages = 2,
        }.ConnectionString;
    }

    private static bool NamesAutoPrepare(string connectionString) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>().Any(
            key => string.Equals(key.Replace(" ", string.Empty, StringComparison.Ordinal), "MaxAutoPrepare",
                StringComparison.OrdinalIgnoreCase));
}
