using GraphQL;

namespace CrmGraph.Api.Transport;

/// <summary>A request that is not a well-formed GraphQL request; it is answered without executing anything.</summary>
public sealed class RequestError : ExecutionError
{
    public RequestError(string message, string code = "INVALID_REQUEST", int? statusCode = null)
        : base(message)
    {
        Code = code;
        StatusCode = statusCode;
    }

    /// <summary>The status to answer with (413, 415…); null means 400.</summary>
    public int? StatusCode { get; }
}
