using System.Text.Json;
using CrmGraph.Api.Idempotency;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CrmGraph.Api.Persistence.Auditing;

/// <summary>
/// Turns what a save is about to write into audit entries, saved in the same transaction: one entry per changed
/// aggregate (owned children such as contacts count as their customer's change), with each field's value before and
/// after. Values of personal contact data are masked: the trail says that a phone changed, not to what.
/// </summary>
public static class AuditTrail
{
    private static readonly HashSet<string> Masked = new(StringComparer.Ordinal)
    {
        "Phone", "Email", "WeChat", "Address", "Birthday", "NormalizedPhone", "NormalizedEmail", "SecretHash",
    };

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static readonly HashSet<Type> NotAudited = [
        typeof(AuditEntry), typeof(IdempotencyRecord), typeof(AccessLog.CustomerAccess),
        typeof(Domain.Reminders.Reminder), typeof(Reminders.FollowUpScanMarkRow),
        typeof(Reminders.ReminderDigestCustomerRow)];

    public static List<AuditEntry> Capture(
        ChangeTracker changeTracker, Guid? actorId, DateTimeOffset now, Func<Guid> newId)
    {
        ArgumentNullException.ThrowIfNull(changeTracker);
        ArgumentNullException.ThrowIfNull(newId);
        var erased =
            changeTracker.Entries<Customer>().Where(e => e.Entity.IsErased).Select(e => e.Entity.Id).ToHashSet();

        var owned = new OwnedEntries(changeTracker);

        // EntityEntry wrappers are created afresh on each lookup, so group by the entity object itself.
        var byRoot = new Dictionary<object, (EntityEntry Root, List<object> Changes)>(
            ReferenceEqualityComparer.Instance);
        foreach (var entry in changeTracker.Entries().Where(
            e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && !NotAudited.Contains(e.Metadata.ClrType)).ToList())
        {
            var root = entry.Metadata.IsOwned() ? owned.RootOf(entry) : entry;
            if (root is null || root.Metadata.FindProperty("Id")?.ClrType != typeof(Guid))
            {
                continue;
            }

            if (!byRoot.TryGetValue(root.Entity, out var group))
            {
                byRoot[root.Entity] = group = (root, []);
            }

            group.Changes.AddRange(
                ReferenceEquals(root.Entity, entry.Entity) ? FieldChanges(entry, string.Empty) : FieldChanges(
                    entry, OwnedPath(entry)));
        }

        return [.. byRoot.Values.Where(g => g.Changes.Count > 0 || g.Root.State != EntityState.Modified)
            .Select(g => Entry(g.Root, g.Changes, actorId, now, newId()))
            .Select(e => e.CustomerId is { } customerId && erased.Contains(customerId) ? Redact(e) : e)];
    }

    /// <summary>The same changes with every value masked: field names stay, values go.</summary>
    public static string Redacted(string changes)
    {
        using var document = JsonDocument.Parse(changes);
        var redacted = document.RootElement.EnumerateArray().Select(e => new
        {
            field = e.GetProperty("field").GetString(),
            before = e.GetProperty("before").ValueKind == JsonValueKind.Null ? null : "***",
            after = e.GetProperty("after").ValueKind == JsonValueKind.Null ? null : "***",
        });
        return JsonSerializer.Serialize(redacted, Json);
    }

    private static AuditEntry Redact(AuditEntry entry)
    {
        entry.RedactValues();
        return entry;
    }

    private static AuditEntry Entry(EntityEntry root, List<object> changes, Guid? actorId, DateTimeOffset now, Guid id)
    {
        var entity = root.Entity;
        var entityId = (Guid)root.Property("Id").CurrentValue!;
        var customerId = entity switch
        {
            Customer customer => customer.Id,
            ICustomerRecord record => record.CustomerId,
            _ => (Guid?)null,
        };
        var teamId = entity is Team team ? team.Id : root.Metadata.FindProperty(
            "TeamId") is { } property ? root.Property(property.Name).CurrentValue as Guid? : null;
        var action = root.State switch
        {
            EntityState.Added => AuditAction.Created,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Updated,
        };
        return new AuditEntry(
            id, now, actorId, root.Metadata.ClrType.Name, entityId, customerId, teamId, action,
            JsonSerializer.Serialize(changes, Json));
    }

    private static IEnumerable<object> FieldChanges(EntityEntry entry, string prefix)
    {
        foreach (var property in entry.Properties.Where(
            p => !p.Metadata.IsShadowProperty() && p.Metadata.Name != "Version" && !p.Metadata.IsKey()))
        {
            if (Change(
                entry.State, property.Metadata.Name, prefix, property.IsModified, property.OriginalValue,
                property.CurrentValue) is { } change)
            {
                yield return change;
            }
        }

        foreach (var complex in entry.ComplexProperties.Where(
            c => c.CurrentValue is not null || entry.State == EntityState.Deleted))
        {
            foreach (var change in ComplexChanges(entry.State, complex, prefix + Camel(complex.Metadata.Name) + "."))
            {
                yield return change;
            }
        }
    }

    private static IEnumerable<object> ComplexChanges(EntityState state, ComplexPropertyEntry complex, string prefix)
    {
        foreach (var property in complex.Properties)
        {
            if (Change(
                state, property.Metadata.Name, prefix, property.IsModified, property.OriginalValue,
                property.CurrentValue) is { } change)
            {
                yield return change;
            }
        }

        foreach (var nested in complex.ComplexProperties)
        {
            foreach (var change in ComplexChanges(state, nested, prefix + Camel(nested.Metadata.Name) + "."))
            {
                yield return change;
            }
        }
    }

    private static object? Change(
        EntityState state, string name, string prefix, bool modified, object? before, object? after)
    {
        var (from, to) = state switch
        {
            EntityState.Added => (null, after),
            EntityState.Deleted => (before, null),
            _ when modified && !JsonEquals(before, after) => (before, after),
            _ => (null, null),
        };
        if (from is null && to is null)
        {
            return null;
        }

        var masked = Masked.Contains(name);
        return new
        {
            field = prefix + Camel(name),
            before = masked ? Mask(from) : from,
            after = masked ? Mask(to) : to,
        };
    }

    private static string OwnedPath(EntityEntry owned)
    {
        var navigation = owned.Metadata.FindOwnership()?.PrincipalToDependent?.Name ?? owned.Metadata.ClrType.Name;
        var key = owned.Metadata.FindPrimaryKey()?.Properties is { Count: > 0 } keys ? keys[^1] : null;
        var id = key is null || owned.Property(key.Name).IsTemporary ? "new" : owned.Property(key.Name).CurrentValue;
        return $"{Camel(navigation)}[{id}].";
    }

    private static bool JsonEquals(object? a, object? b) =>
        Equals(a, b) || JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json);

    private static string? Mask(object? value) => value is null ? null : "***";

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
