using CrmGraph.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Migrations.Tool;

/// <summary>
/// Contexts whose migrations assembly is this tool, so EF reads the model snapshots in Snapshots/: they are
/// design-time data (what the next migration diffs against), never needed by the server (ADR-031).
/// </summary>
public static class ModelSnapshots
{
    /// <summary>A context for "Sqlite" or "Postgres"; its connection is never opened.</summary>
    public static CrmDbContext CreateContext(string engine)
    {
        var assembly = typeof(ModelSnapshots).Assembly.GetName().Name;
        return engine switch
        {
            "Sqlite" => new SqliteCrmDbContext(new DbContextOptionsBuilder<SqliteCrmDbContext>()
                .UseSqlite("Data Source=:memory:", o => o.MigrationsAssembly(assembly)).Options),
            "Postgres" => new PostgresCrmDbContext(new DbContextOptionsBuilder<PostgresCrmDbContext>()
                .UseNpgsql("Host=localhost;Database=scaffold", o => o.MigrationsAssembly(assembly)).Options),
            _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Sqlite or Postgres"),
        };
    }
}
