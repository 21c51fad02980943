using CrmGraph.Api.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Persistence;

/// <summary>Brings the database to the latest migration and makes sure a first administrator exists.</summary>
public sealed class DatabaseMigrator(CrmDbContext db, FirstRunSeeder seeder, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false);
        var unknown = applied.Except(db.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
        {
            throw new DatabaseNotUpgradableException(
                $"This database was made by a pre-release CrmGraph (its migrations {string.Join(", ", unknown)} are " +
                "not part of 0.1). Pre-release databases are not upgraded: export the data with the `export` verb " +
                "of the build that made it and import it into a new database (ADR-031).");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers and the single writer work at the same time.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }

        if (pending.Count > 0)
        {
            logger.LogInformation(
                "Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        await seeder.SeedAsync(cancellationToken).ConfigureAwait(false);
    }
}
