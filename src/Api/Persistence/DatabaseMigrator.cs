using CrmGraph.Api.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Persistence;

/// <summary>Brings the database to the latest migration and makes sure a first administrator exists.</summary>
public sealed class DatabaseMigrator(CrmDbContext db, FirstRunSeeder seeder, Encryption.FieldResealer resealer, ILogger<DatabaseMigrator> logger)
{
    private const string SealsPersonalData = "_SealPersonalData";
    private const string InitialSchema = "_InitialCreate";

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers and the single writer work at the same time.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }

        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            if (pending.Any(m => m.EndsWith(SealsPersonalData, StringComparison.Ordinal)) && !pending.Any(m => m.EndsWith(InitialSchema, StringComparison.Ordinal)))
            {
                // An upgraded database holds personal data written in plain text before encryption: seal it now.
                await resealer.ResealAllAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await seeder.SeedAsync(cancellationToken).ConfigureAwait(false);
    }
}
