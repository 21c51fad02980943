namespace CrmGraph.Api.GraphQL.Relay;

public sealed record Edge<T>(string Cursor, T Node);

/// <summary>One page of a Relay connection.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
}
