using CrmGraph.Domain.Common;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CrmGraph.Api.Persistence;

/// <summary>
/// Finds the aggregate an owned entry (a contact, a key date) belongs to. Build one per save: it indexes the tracked
/// entries by key once, so a bulk save with thousands of owned rows stays linear.
/// </summary>
public sealed class OwnedEntries
{
    private readonly ChangeTracker _changeTracker;
    private Dictionary<(IEntityType Type, string Key), EntityEntry>? _byKey;

    public OwnedEntries(ChangeTracker changeTracker)
    {
        ArgumentNullException.ThrowIfNull(changeTracker);
        _changeTracker = changeTracker;
    }

    public EntityEntry? RootOf(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var current = entry;
        while (current.Metadata.FindOwnership() is { } ownership)
        {
            var keys = ownership.Properties.Select(
                p => current.Property(p.Name).CurrentValue ?? current.Property(p.Name).OriginalValue);
            current = Index().GetValueOrDefault((ownership.PrincipalEntityType, Key(keys)));
            if (current is null)
            {
                return null;
            }
        }

        return current.Entity is AggregateRoot ? current : null;
    }

    private Dictionary<(IEntityType Type, string Key), EntityEntry> Index() =>
        _byKey ??= _changeTracker.Entries()
            .Where(e => e.Metadata.FindPrimaryKey() is not null)
            .GroupBy(e => (Type: (IEntityType)e.Metadata, Key: Key(
                e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.Property(p.Name).CurrentValue))))
            .ToDictionary(g => g.Key, g => g.First());

    private static string Key(IEnumerable<object?> values) => string.Join(
        '\u001f', values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
}
