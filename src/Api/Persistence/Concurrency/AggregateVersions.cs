using CrmGraph.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CrmGraph.Api.Persistence.Concurrency;

/// <summary>
/// Optimistic concurrency for every aggregate: <see cref="AggregateRoot.Version"/> is a concurrency token, and each
/// save raises the version of every aggregate it touches — also when only an owned child (a contact, a key date)
/// changed, so two edits of the same customer's contacts cannot silently overwrite each other.
/// </summary>
public static class AggregateVersions
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(
            t => !t.IsOwned() && typeof(AggregateRoot).IsAssignableFrom(t.ClrType)))
        {
            modelBuilder.Entity(entityType.ClrType).Property(nameof(AggregateRoot.Version)).IsConcurrencyToken();
        }
    }

    /// <summary>
    /// Raises the version of each changed aggregate once; the UPDATE then checks the version it started from.
    /// </summary>
    public static void Bump(ChangeTracker changeTracker)
    {
        ArgumentNullException.ThrowIfNull(changeTracker);
        var changed = changeTracker.Entries()
            .Where(e => e.State is EntityState.Modified or EntityState.Added or EntityState.Deleted)
            .ToList();
        var owned = new OwnedEntries(changeTracker);
        var roots = new Dictionary<object, EntityEntry>(ReferenceEqualityComparer.Instance);
        foreach (var entry in changed)
        {
            if (owned.RootOf(entry) is { State: EntityState.Modified or EntityState.Unchanged } root)
            {
                roots.TryAdd(root.Entity, root);
            }
        }

        foreach (var root in roots.Values)
        {
            var version = root.Property(nameof(AggregateRoot.Version));
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }
}
