using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace CrmGraph.Api.Persistence.Bulk;

/// <summary>
/// Saves a change tracker that holds only added rows with PostgreSQL binary COPY, one COPY per table, on the context's
/// connection inside its open transaction (ADR-029). The audit entries and versions are the ones SaveChanges would
/// write (<see cref="CrmDbContext.CaptureAuditAndVersions"/>); domain events are not published (the caller drops them).
/// </summary>
public static class PostgresCopyWriter
{
    private static readonly ConcurrentDictionary<IEntityType, CopyTable> Tables = new();

    /// <summary>
    /// Writes the tracked changes if every one is an insert and returns true; returns false (nothing written) when an
    /// entry is modified or deleted, for the caller to save with EF. The caller detects changes first (once per batch).
    /// </summary>
    public static async Task<bool> TrySaveAddedAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            // Each COPY would commit on its own: a failure half-way would leave half a batch written.
            throw new InvalidOperationException("The COPY writer runs only inside a transaction.");
        }

        if (db.ChangeTracker.Entries().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            return false;
        }

        if (!db.Maintenance)
        {
            db.CaptureAuditAndVersions();
        }

        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        foreach (var group in InDependencyOrder(added))
        {
            var table = Tables.GetOrAdd(group.Key, CopyTable.For);
            var importer = await connection.BeginBinaryImportAsync(table.Command, cancellationToken)
                .ConfigureAwait(false);
            await using (importer.ConfigureAwait(false))
            {
                foreach (var entry in group)
                {
                    await table.WriteRowAsync(importer, entry, cancellationToken).ConfigureAwait(false);
                }

                await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return true;
    }

    // Foreign keys are checked at the end of each COPY: a table goes after the tables it references (owners first).
    private static List<IGrouping<IEntityType, EntityEntry>> InDependencyOrder(List<EntityEntry> added)
    {
        var groups = added.GroupBy(e => e.Metadata).ToDictionary(g => g.Key);
        var ordered = new List<IGrouping<IEntityType, EntityEntry>>();
        var visiting = new HashSet<IEntityType>();
        void Visit(IEntityType type)
        {
            if (!groups.TryGetValue(type, out var group) || ordered.Contains(group) || !visiting.Add(type))
            {
                return;
            }

            foreach (var principal in type.GetForeignKeys().Select(k => k.PrincipalEntityType).Where(p => p != type))
            {
                Visit(principal);
            }

            ordered.Add(group);
        }

        foreach (var type in groups.Keys)
        {
            Visit(type);
        }

        return ordered;
    }
}
