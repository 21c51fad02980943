using System.Linq.Expressions;
using CrmGraph.Api.GraphQL.Relay;

namespace CrmGraph.Api.GraphQL.Sorting;

/// <summary>The sortable fields of one entity, declared once; the id is always appended as the tiebreaker.</summary>
public sealed class SortSpec<T>(string inputName, LambdaExpression id, IReadOnlyList<SortKey<T>> defaultOrder)
{
    private readonly List<(string Name, LambdaExpression Selector, string Description)> _fields = [];

    public string InputName { get; } = inputName;

    public IReadOnlyList<(string Name, LambdaExpression Selector, string Description)> Fields => _fields;

    /// <summary>The order when the client gives none; must end with the id.</summary>
    public IReadOnlyList<SortKey<T>> DefaultOrder { get; } = defaultOrder;

    public LambdaExpression Id { get; } = id;

    /// <summary>Adds a sortable field. Keys must never be null (keyset comparisons with NULL are undefined).</summary>
    public SortSpec<T> By<TValue>(string name, Expression<Func<T, TValue>> selector, string description)
        where TValue : notnull
    {
        _fields.Add((name, selector, description));
        return this;
    }
}
