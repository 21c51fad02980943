using CrmGraph.Domain.Common;

namespace CrmGraph.Api.GraphQL.Errors;

/// <summary>A typed error returned in a mutation payload's <c>errors</c> list.</summary>
public abstract record UserError(string Message, string Code);

/// <summary>Input that breaks a rule, with the input field it concerns.</summary>
public sealed record ValidationUserError(string Message, string Code, string? Field) : UserError(Message, Code)
{
    public static ValidationUserError From(DomainException exception, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new(exception.MessageFor(chinese), exception.Code, exception.Field);
    }
}
