using CrmGraph.Api.Configuration;
using Microsoft.Data.Sqlite;

namespace CrmGraph.Api.Persistence;

public static class DatabaseConnection
{
    public const string SqliteFileName = "crm.db";

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
}
