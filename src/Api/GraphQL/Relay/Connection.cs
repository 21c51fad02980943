namespace CrmGraph.Api.GraphQL.Relay;

public sealed record Edge<T>(string Cursor, T Node);

/// <summary>One page of a Relay connection; the total is counted only when <c>totalCount</c> is selected.</summary>
public sealed record Connection<T>(
    IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, Func<CancellationToken, Task<int>> CountAsync)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
}
