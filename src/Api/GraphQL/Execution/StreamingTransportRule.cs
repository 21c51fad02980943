using GraphQL.Validation;
using GraphQLParser.AST;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>
/// A subscription needs a streaming transport: a WebSocket (graphql-transport-ws) or <c>Accept: text/event-stream</c>.
/// </summary>
public sealed class StreamingTransportRule(bool streaming) : ValidationRuleBase, ICallerScopedRule
{
    public static readonly StreamingTransportRule PlainHttp = new(streaming: false);

    public static readonly StreamingTransportRule EventStream = new(streaming: true);

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!streaming && context.Operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new ValidationError(
                "A subscription needs a streaming transport: connect a WebSocket with the graphql-transport-ws " +
                "protocol, or send 'Accept: text/event-stream'.")
            {
                Code = "SUBSCRIPTION_NEEDS_STREAM",
            });
        }

        return default;
    }
}
