using GraphQL.Transport;

namespace CrmGraph.Api.Transport;

/// <summary>
/// What the parser made of the HTTP request: one request, a batch, or why it is not a GraphQL request.
/// </summary>
public sealed record ParsedRequest(IReadOnlyList<GraphQLRequestOrError> Requests, bool IsBatch, RequestError? Error)
{
    public static ParsedRequest Failed(RequestError error) => new([], false, error);

    public static ParsedRequest One(GraphQLRequestOrError request) => new([request], false, null);
}

/// <summary>
/// One element of a (possibly batched) request: either a request to execute or what is wrong with it.
/// </summary>
public sealed record GraphQLRequestOrError(GraphQLRequest? Request, RequestError? Error);
