using GraphQL.Validation;
using GraphQLParser.AST;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>
/// GET may only read: a mutation over GET is refused with 405 and is never executed. A subscription over GET is
/// allowed only as server-sent events (EventSource can only GET).
/// </summary>
public sealed class HttpGetQueriesOnlyRule(bool allowSubscriptions) : ValidationRuleBase, ICallerScopedRule
{
    public static readonly HttpGetQueriesOnlyRule Instance = new(allowSubscriptions: false);

    public static readonly HttpGetQueriesOnlyRule AllowingSubscriptions = new(allowSubscriptions: true);

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var operation = context.Operation.Operation;
        if (operation == OperationType.Mutation || (operation == OperationType.Subscription && !allowSubscriptions))
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
