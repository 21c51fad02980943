using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace CrmGraph.Api.Persistence.Bulk;

/// <summary>
/// One column of a <see cref="CopyTable"/>: where its value lives on the entry, its converter, its store type.
/// </summary>
internal sealed class CopyColumn
{
    private readonly IReadOnlyList<IComplexProperty> _path;
    private readonly IProperty _property;
    private readonly ValueConverter? _converter;
    private readonly string _dataTypeName;

    private CopyColumn(
        string name, IReadOnlyList<IComplexProperty> path, IProperty property, ValueConverter? converter,
        string dataTypeName)
    {
        Name = name;
        _path = path;
        _property = property;
        _converter = converter;
        _dataTypeName = dataTypeName;
    }

    public string Name { get; }

    public static CopyColumn Of(IProperty property, IReadOnlyList<IComplexProperty> path, StoreObjectIdentifier table)
    {
        var name = property.GetColumnName(table) ?? throw new NotSupportedException(
            $"{property.DeclaringType.DisplayName()}.{property.Name} has no column in {table.Name}.");
        var mapping = property.GetRelationalTypeMapping();
        var storeType = property.GetColumnType(table);

        // Binary COPY takes the type without its modifiers: character varying(200) is written as character varying.
        var parenthesis = storeType.IndexOf('(', StringComparison.Ordinal);
        var dataTypeName = parenthesis < 0 ? storeType : storeType[..parenthesis].TrimEnd() + storeType[
            (storeType.IndexOf(')', StringComparison.Ordinal) + 1)..];
        return new CopyColumn(name, path, property, mapping.Converter, dataTypeName);
    }

    public Task WriteAsync(NpgsqlBinaryImporter importer, EntityEntry entry, CancellationToken cancellationToken)
    {
        var value = Value(entry);
        if (value is not null && _converter is not null)
        {
            value = _converter.ConvertToProvider(value);
        }

        return value switch
        {
            null => importer.WriteNullAsync(cancellationToken),

            // Npgsql writes only UTC offsets to timestamptz; the instant is what is stored either way.
            DateTimeOffset instant => importer.WriteAsync(instant.ToUniversalTime(), _dataTypeName, cancellationToken),
            _ => importer.WriteAsync(value, _dataTypeName, cancellationToken),
        };
    }

    // The model's CLR getters read the entity and its complex values directly; only shadow values (an owned row's
    // key to its owner) live in the change tracker alone.
    private object? Value(EntityEntry entry)
    {
        if (_property.IsShadowProperty())
        {
            return entry.Property(_property).CurrentValue;
        }

        var owner = entry.Entity;
        foreach (var complex in _path)
        {
            owner = complex.GetGetter().GetClrValue(owner);
            if (owner is null)
            {
                return null;
            }
        }

        return _property.GetGetter().GetClrValue(owner);
    }
}
