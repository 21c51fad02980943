using GraphQL.Types;
using GraphQLParser.AST;

namespace CrmGraph.Api.GraphQL.Scalars;

/// <summary>The spec's <c>@specifiedBy(url:)</c>, which GraphQL.NET 8 does not declare by itself.</summary>
public sealed class SpecifiedByDirective : Directive
{
    public SpecifiedByDirective()
        : base("specifiedBy", DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "url",
            Description = "The URL that specifies the behavior of this scalar.",
        });
    }
}
