using GraphQL;
using GraphQLParser.AST;

namespace CrmGraph.Api.GraphQL.Customers.Reading;

/// <summary>
/// The names of the fields a query selects on one object type below a field: its own selection (for
/// <c>node</c>), or <c>nodes</c> and <c>edges.node</c> (for a connection). Fragments on other types are skipped; the
/// <c>@skip</c>/<c>@include</c> directives are ignored, so the set may be larger than what runs, never smaller.
/// </summary>
public static class SelectedFields
{
    public static IReadOnlySet<string> Of(IResolveFieldContext context, string typeName, bool connection)
    {
        ArgumentNullException.ThrowIfNull(context);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var top = context.FieldAst.SelectionSet;
        if (!connection)
        {
            Collect(context.Document, top, typeName, names);
            return names;
        }

        var nodes = new List<GraphQLSelectionSet>();
        Fields(context.Document, top, null, f => f.Name.StringValue == "nodes", nodes);
        var edges = new List<GraphQLSelectionSet>();
        Fields(context.Document, top, null, f => f.Name.StringValue == "edges", edges);
        foreach (var edge in edges)
        {
            Fields(context.Document, edge, null, f => f.Name.StringValue == "node", nodes);
        }

        foreach (var set in nodes)
        {
            Collect(context.Document, set, typeName, names);
        }

        return names;
    }

    /// <summary>
    /// For each response key under which <paramref name="field"/> is selected on <paramref name="typeName"/> in the
    /// node's own selection, the fields it selects on <paramref name="innerTypeName"/> (a nested list read along with
    /// its parent). Selections of one key (a field and a fragment's copy of it) are merged, as GraphQL merges them.
    /// </summary>
    public static IReadOnlyList<IReadOnlySet<string>> Below(
        IResolveFieldContext context, string typeName, string field, string innerTypeName)
    {
        ArgumentNullException.ThrowIfNull(context);
        var byKey = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        Fields(context.Document, context.FieldAst.SelectionSet, typeName, f =>
        {
            if (f.Name.StringValue == field)
            {
                var key = f.Alias?.Name.StringValue ?? field;
                if (!byKey.TryGetValue(key, out var names))
                {
                    byKey[key] = names = new HashSet<string>(StringComparer.Ordinal);
                }

                Collect(context.Document, f.SelectionSet, innerTypeName, names);
            }

            return false;
        }, []);
        return [.. byKey.Values];
    }

    private static void Collect(
        GraphQLDocument document, GraphQLSelectionSet? set, string typeName, HashSet<string> names)
    {
        var found = new List<GraphQLSelectionSet>();
        Fields(document, set, typeName, f =>
        {
            names.Add(f.Name.StringValue);
            return false;
        }, found);
    }

    // Walks fields through inline fragments and fragment spreads; adds the selection sets of matching fields.
    private static void Fields(
        GraphQLDocument document, GraphQLSelectionSet? set, string? typeName, Func<GraphQLField, bool> match,
        List<GraphQLSelectionSet> found)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field when match(field) && field.SelectionSet is { } inner:
                    found.Add(inner);
                    break;
                case GraphQLInlineFragment inline when Applies(inline.TypeCondition, typeName):
                    Fields(document, inline.SelectionSet, typeName, match, found);
                    break;
                case GraphQLFragmentSpread spread when Fragment(document, spread) is { } fragment
                    && Applies(fragment.TypeCondition, typeName):
                    Fields(document, fragment.SelectionSet, typeName, match, found);
                    break;
            }
        }
    }

    private static bool Applies(GraphQLTypeCondition? condition, string? typeName) =>
        condition is null || typeName is null || condition.Type.Name.StringValue is var name
            && (name == typeName || name == "Node");

    private static GraphQLFragmentDefinition? Fragment(GraphQLDocument document, GraphQLFragmentSpread spread) =>
        document.Definitions.OfType<GraphQLFragmentDefinition>()
            .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
}
