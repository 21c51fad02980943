using CrmGraph.Api.Configuration;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>
/// Where introspection is off (<c>Crm:GraphQL:EnableIntrospection</c>, off in Production), <c>__schema</c> and
/// <c>__type</c> are refused to anonymous callers and to roles that may not read the schema
/// (<see cref="SchemaAccess"/>). <c>__typename</c> stays.
/// </summary>
public sealed class IntrospectionDisabledRule(GraphQLOptions options) : ValidationRuleBase, ICallerScopedRule
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var viewer = (context.UserContext as CrmUserContext)?.Viewer;
        if (SchemaAccess.Allows(options, viewer))
        {
            return default;
        }

        // The message is written only for a document that asks for the schema, not for every request.
        return new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Name.StringValue is "__schema" or "__type")
            {
                ctx.ReportError(new ValidationError(
                    ctx.Document.Source, null!, SchemaAccess.RefusalMessage(options, viewer), field)
                {
                    Code = "INTROSPECTION_DISABLED",
                });
            }
        }));
    }
}
