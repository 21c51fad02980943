using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Persistence;

/// <summary>
/// A database's own description of the tables, columns, indexes and keys CrmGraph owns, one line per item, so two
/// databases can be compared (Quartz's tables, EF's history and lock tables and hand-written triggers are left out).
/// </summary>
internal static class SchemaCatalog
{
    private const string Postgres = """
        SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' '
               || coalesce(character_maximum_length::text, '') || ' ' || is_nullable || ' ' || coalesce(column_default, '')
          FROM information_schema.columns WHERE table_schema = 'public'
        UNION ALL
        SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
        UNION ALL
        SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
          FROM pg_constraint WHERE connamespace = 'public'::regnamespace
        """;

    private const string Sqlite = """
        SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'
        """;

    public static async Task<IReadOnlySet<string>> ReadAsync(DbContext db, Engine engine)
    {
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = engine == Engine.Postgres ? Postgres : Sqlite;
        var lines = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var line = reader.GetString(0);
            if (!line.Contains("__EFMigrations", StringComparison.Ordinal)
                && !line.Contains("qrtz_", StringComparison.OrdinalIgnoreCase))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
