namespace CrmGraph.Api.GraphQL.Mutations;

/// <summary>
/// A <see cref="Guid"/> member of a mutation input record sent as a global <c>ID</c> of the named node type
/// (e.g. <c>[GlobalId(DealType.TypeName)] Guid DealId</c>); an id of another type is refused with INVALID_ID.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class GlobalIdAttribute(string typeName) : Attribute
{
    public string TypeName { get; } = typeName;
}

/// <summary>
/// A member of a mutation input record whose GraphQL type is a named type registered elsewhere
/// (e.g. a nested input object such as <c>PoolPolicyInput</c>); the member receives the value as parsed.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class GraphTypeAttribute(string typeName) : Attribute
{
    public string TypeName { get; } = typeName;
}
