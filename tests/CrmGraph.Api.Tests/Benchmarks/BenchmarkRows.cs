using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.Sharing;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Benchmarks;

/// <summary>
/// Large PostgreSQL datasets for the benchmarks, cloned in SQL from template rows the API itself wrote, so every column
/// the model has is filled the way the application fills it. Customer number n has a computable id and owner (one of
/// ten salespeople), so child rows find theirs without a join.
/// </summary>
internal static class BenchmarkRows
{
    /// <summary>The ten salespeople, as the array <c>reps.ids</c> (ordered by login).</summary>
    private const string Reps = "CROSS JOIN (SELECT array_agg(id ORDER BY login) AS ids FROM users WHERE role = " +
        "'Salesperson') reps";

    /// <summary>One clone per <c>g</c> in 1..<paramref name="count"/>.</summary>
    public static string Series(int count) => $"generate_series(1, {count}) g {Reps}";

    public static string CustomerId(string n) => $"md5('bench-customer-' || ({n}))::uuid";

    public static string OwnerOf(string n) => $"reps.ids[1 + ({n}) % 10]";

    /// <summary>
    /// A child row of customer number <paramref name="n"/>: a new id, that customer and the customer's owner.
    /// </summary>
    public static Dictionary<string, string> Child(string n, Dictionary<string, string> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        overrides["id"] = "gen_random_uuid()";
        overrides["customer_id"] = CustomerId(n);
        overrides["owner_id"] = OwnerOf(n);
        return overrides;
    }

    /// <summary>
    /// Seeding only: rows cloned this way are consistent by construction, so the foreign-key triggers are skipped
    /// and the share index is filled afterwards (the harness connects as a superuser). Keeps the connection open for
    /// the session setting.
    /// </summary>
    public static async Task WithoutForeignKeyChecksAsync(CrmDbContext db, Func<Task> seed)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(seed);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("SET session_replication_role = replica");
        await seed();
        await db.Database.ExecuteSqlRawAsync("SET session_replication_role = DEFAULT");

        // The triggers skipped include the one keeping "shared with" in list order (ADR-054).
        await db.Database.ExecuteSqlRawAsync(CustomerShareSql.Backfill);

        // As autovacuum would have by the time a table is this large: statistics, and the visibility map that lets
        // covering indexes answer without visiting the table.
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
    }

    /// <summary>
    /// INSERT INTO <paramref name="table"/> (every column) SELECT the first template row matching
    /// <paramref name="templateFilter"/> (as <c>t</c>), with <paramref name="overrides"/>, once per row of
    /// <paramref name="from"/> (joined after the template; it may end with a WHERE clause).
    /// </summary>
    public static async Task CloneAsync(
        CrmDbContext db, string table, string templateFilter, string from, Dictionary<string, string> overrides)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(overrides);
        var columns = await db.Database.SqlQuery<string>(
                $"""
                SELECT column_name AS "Value" FROM information_schema.columns
                WHERE table_name = {table} AND table_schema = current_schema() ORDER BY ordinal_position
                """)
            .ToListAsync();
        var values = columns.Select(c => overrides.TryGetValue(c, out var expression) ? expression : $"t.{c}");
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {string.Join(", ", values)} FROM " +
            $"(SELECT * FROM {table} WHERE {templateFilter} LIMIT 1) t CROSS JOIN {from}";
        await db.Database.ExecuteSqlRawAsync(sql);
    }
}
