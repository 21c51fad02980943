using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Relay;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque id that `node(id:)` can refetch.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque global id. 全局唯一标识。");
    }
}
