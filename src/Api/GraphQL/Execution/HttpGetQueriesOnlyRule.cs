using GraphQL.Validation;
using GraphQLParser.AST;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>GET may only read: a mutation or subscription over GET is refused with 405 and is never executed.</summary>
public sealed class HttpGetQueriesOnlyRule : ValidationRuleBase
{
    public static readonly HttpGetQueriesOnlyRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new HttpMethodNotAllowedError(context.Operation.Operation));
        }

        return default;
    }
}

public sealed class HttpMethodNotAllowedError : ValidationError
{
    public HttpMethodNotAllowedError(OperationType operation)
        : base($"A {operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.")
    {
        Code = "HTTP_METHOD_NOT_ALLOWED";
    }
}
