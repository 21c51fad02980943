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
/// (e.g. a nested input object such as <c>PoolPolicyInput</c>, or an enum named apart from its C# type); the member
/// receives the value as parsed. On an <c>IReadOnlyList&lt;T&gt;</c> member the type is a list of it
/// (<c>[ImportColumnMappingInput!]</c>), each item bound to the record <c>T</c> when it is one.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class GraphTypeAttribute(string typeName) : Attribute
{
    public string TypeName { get; } = typeName;
}
