using CrmGraph.Api.GraphQL.Errors;

namespace CrmGraph.Api.GraphQL.Mutations;

/// <summary>What a mutation payload carries: the result, or the typed errors that explain why there is none.</summary>
public sealed record MutationResult(object? Value, IReadOnlyList<UserError>? Errors);
