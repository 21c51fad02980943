using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Domain.Common;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Errors;

/// <summary>The one place where a domain exception becomes a typed payload error.</summary>
public static class DomainErrors
{
    public static UserError ToUserError(this DomainException exception, IResolveFieldContext context) =>
        ValidationUserError.From(exception, context.PrefersChinese());
}
