using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Relay;

/// <summary>A connection type named after its field (e.g. <c>CustomersConnection</c>), as Hot Chocolate names them.</summary>
public class NamedConnectionType<TNode, TNodeType> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
{
    public NamedConnectionType(string fieldName, NamedEdgeType<TNode, TNodeType> edgeType)
    {
        ArgumentNullException.ThrowIfNull(edgeType);
        Name = ConnectionNames.Pascal(fieldName) + "Connection";
        Description = "A connection to a list of items.";
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => c.Source.PageInfo);
        Field("edges", new ListGraphType(new NonNullGraphType(edgeType))).Description("A list of edges.").Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes").Description("A flattened list of the nodes.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the connection (all pages, after `where`). Costs one COUNT query.")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken).ConfigureAwait(false));
    }
}

public class NamedEdgeType<TNode, TNodeType> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    public NamedEdgeType(string fieldName)
    {
        Name = ConnectionNames.Pascal(fieldName) + "Edge";
        Description = "An edge in a connection.";
        Field(x => x.Cursor).Description("A cursor for use in pagination.");
        Field<NonNullGraphType<TNodeType>>("node").Description("The item at the end of the edge.").Resolve(c => c.Source.Node);
    }
}

public static class ConnectionNames
{
    public static string Pascal(string fieldName) =>
        string.IsNullOrEmpty(fieldName) ? fieldName : char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
}
