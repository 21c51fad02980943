using CrmGraph.Api.GraphQL.Relay;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Sorting;

/// <summary>
/// Turns an <c>order</c> argument into keyset sort keys, always ending with the id so the order is total.
/// </summary>
public static class SortTranslator
{
    public const int MaxKeys = 5;

    public static IReadOnlyList<SortKey<T>> Build<T>(SortSpec<T> spec, IEnumerable<IDictionary<string, object?>>? order)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var items = order?.ToList() ?? [];
        if (items.Count == 0)
        {
            return spec.DefaultOrder;
        }

        var keys = new List<SortKey<T>>();
        foreach (var item in items)
        {
            foreach (var (name, direction) in item.Where(p => p.Value is not null))
            {
                var descending = (string)direction! == "DESC";
                if (name == "id")
                {
                    keys.Add(new SortKey<T>(spec.Id, descending, "id"));
                    return Check(keys);
                }

                var field = spec.Fields.Single(f => f.Name == name);
                if (keys.Any(k => k.Name == name))
                {
                    throw new ExecutionError($"'order' names '{name}' twice.") { Code = "INVALID_ORDER" };
                }

                keys.Add(new SortKey<T>(field.Selector, descending, name));
            }
        }

        keys.Add(new SortKey<T>(spec.Id, keys.Count > 0 && keys[^1].Descending, "id"));
        return Check(keys);
    }

    private static List<SortKey<T>> Check<T>(List<SortKey<T>> keys) =>
        keys.Count > MaxKeys + 1
            ? throw new ExecutionError($"'order' may name at most {MaxKeys} fields.") { Code = "INVALID_ORDER" }
            : keys;
}
