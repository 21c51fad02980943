using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Relay;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque id that `node(id:)` can refetch. 具有全局唯一、不透明 id " +
            "的对象，可用 `node(id:)` 重新获取。";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque global id. 全局唯一标识。");
    }
}
