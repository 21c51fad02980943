using CrmGraph.Domain.Common;

namespace CrmGraph.Api.GraphQL.Mutations;

/// <summary>The <c>version</c> field of every changeable object, to pass back as <c>expectedVersion</c>.</summary>
public static class VersionField
{
    public static void AddVersionField<T>(this global::GraphQL.Types.ObjectGraphType<T> type)
        where T : AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field(x => x.Version).Description("Raised by every saved change; send it back as `expectedVersion` to " +
            "make sure you change what you read. 版本号。");
    }
}
