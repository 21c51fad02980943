using GraphQL.Validation;
using GraphQLParser.AST;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>
/// In production the schema is not served to anonymous explorers: <c>__schema</c> and <c>__type</c> are refused
/// (<c>Crm:GraphQL:EnableIntrospection</c>, on outside Production). <c>__typename</c> stays.
/// </summary>
public sealed class IntrospectionDisabledRule : ValidationRuleBase
{
    public static readonly IntrospectionDisabledRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Name.StringValue is "__schema" or "__type")
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, null!, "Introspection is disabled on this server; the schema is published in schema/crm.graphql.", field) { Code = "INTROSPECTION_DISABLED" });
            }
        }));
}
