using CrmGraph.Domain.Common;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CrmGraph.Api.Persistence;

/// <summary>Finds the aggregate an owned entry (a contact, a key date) belongs to.</summary>
public static class OwnedEntries
{
    public static EntityEntry? RootOf(ChangeTracker changeTracker, EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(changeTracker);
        ArgumentNullException.ThrowIfNull(entry);
        var current = entry;
        while (current.Metadata.FindOwnership() is { } ownership)
        {
            current = OwnerOf(changeTracker, current, ownership);
            if (current is null)
            {
                return null;
            }
        }

        return current.Entity is AggregateRoot ? current : null;
    }

    private static EntityEntry? OwnerOf(ChangeTracker changeTracker, EntityEntry owned, IForeignKey ownership)
    {
        var keys = ownership.Properties.Select(p => owned.Property(p.Name).CurrentValue ?? owned.Property(p.Name).OriginalValue).ToArray();
        var principalKey = ownership.PrincipalKey.Properties;
        return changeTracker.Entries().FirstOrDefault(e =>
            e.Metadata == ownership.PrincipalEntityType
            && principalKey.Select((p, i) => Equals(e.Property(p.Name).CurrentValue, keys[i])).All(same => same));
    }
}
