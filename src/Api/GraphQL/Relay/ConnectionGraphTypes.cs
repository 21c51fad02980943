using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Relay;

/// <summary>
/// A connection type named after its field (e.g. <c>CustomersConnection</c>), as Hot Chocolate names them.
/// </summary>
public class NamedConnectionType<TNode, TNodeType> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
{
    public NamedConnectionType(string fieldName, NamedEdgeType<TNode, TNodeType> edgeType)
    {
        ArgumentNullException.ThrowIfNull(edgeType);
        Name = ConnectionNames.Pascal(fieldName) + "Connection";
        Description = "A connection to a list of items. 分页列表。";
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Information to aid in pagination. 分页信息。")
            .Resolve(c => c.Source.PageInfo);
        Field("edges", new ListGraphType(new NonNullGraphType(edgeType))).Description("A list of edges. 边列表。").Resolve(
            c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes")
            .Description("A flattened list of the nodes. 本页的条目。")
            .Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the connection (all pages, after `where`). Costs " +
                "one COUNT query. 符合条件的总数。")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken).ConfigureAwait(false));
    }
}

public class NamedEdgeType<TNode, TNodeType> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    public NamedEdgeType(string fieldName)
    {
        Name = ConnectionNames.Pascal(fieldName) + "Edge";
        Description = "An edge in a connection. 列表中的一条边。";
        Field(x => x.Cursor).Description("A cursor for use in pagination. 分页游标。");
        Field<NonNullGraphType<TNodeType>>("node").Description("The item at the end of the edge. 该边上的条目。").Resolve(
            c => c.Source.Node);
    }
}

public static class ConnectionNames
{
    public static string Pascal(string fieldName) =>
        string.IsNullOrEmpty(fieldName) ? fieldName : char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
}
