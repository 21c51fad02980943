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

    /// <summary>A status that applies whatever the negotiated media type (413, 415…); null for the usual 400/200 rule.</summary>
    public int? StatusCode { get; }
}
