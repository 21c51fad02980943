namespace CrmGraph.Api.GraphQL.Mutations;

/// <summary>
/// A member of a patch input that tells "left out" (keep the current value) from "sent as null" (clear it).
/// Its GraphQL field is always nullable; <see cref="IsSet"/> is true when the field was in the input.
/// </summary>
public readonly record struct Optional<T>(bool IsSet, T Value)
{
    /// <summary>The sent value, or <paramref name="current"/> when the field was left out.</summary>
    public T Or(T current) => IsSet ? Value : current;
}
