using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CrmGraph.Api.Persistence;

/// <summary>
/// Names every column, key, index and foreign key in snake_case, so SQL reads the same on both engines.
/// </summary>
public static class SnakeCaseNaming
{
    public static void Apply(IMutableModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var entity in model.GetEntityTypes())
        {
            var table = StoreObjectIdentifier.Create(entity, StoreObjectType.Table);
            foreach (var property in entity.GetProperties().Concat(ComplexProperties(entity.GetComplexProperties())))
            {
                var current = table is { } id ? property.GetColumnName(id) : property.GetColumnName();
                if (current is not null)
                {
                    property.SetColumnName(ToSnakeCase(current));
                }
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(ToSnakeCase(key.GetName() ?? key.GetDefaultName() ?? string.Empty));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(ToSnakeCase(foreignKey.GetConstraintName() ?? string.Empty));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(ToSnakeCase(index.GetDatabaseName() ?? string.Empty));
            }
        }
    }

    private static IEnumerable<IMutableProperty> ComplexProperties(
        IEnumerable<IMutableComplexProperty> complexProperties) =>
        complexProperties.SelectMany(
            c => c.ComplexType.GetProperties().Concat(ComplexProperties(c.ComplexType.GetComplexProperties())));

    public static string ToSnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previous = i > 0 ? name[i - 1] : '_';
                var next = i + 1 < name.Length ? name[i + 1] : '_';
                if (i > 0 && previous != '_' && (char.IsLower(previous) || char.IsDigit(previous) || char.IsLower(
                    next)))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
