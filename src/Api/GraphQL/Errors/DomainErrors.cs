using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Persistence.Concurrency;
using CrmGraph.Domain.Common;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Errors;

/// <summary>The one place where a domain exception becomes a typed payload error.</summary>
public static class DomainErrors
{
    public static UserError ToUserError(this DomainException exception, IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var chinese = context.PrefersChinese();
        var message = exception.MessageFor(chinese);
        return exception switch
        {
            NotFoundException => new NotFoundUserError(message, exception.Code, exception.Field),
            StaleVersionException stale => new StaleVersionUserError(message, exception.Code, stale.CurrentVersion),
            DuplicateCustomerException duplicate =>
                new DuplicateCustomerUserError(message, exception.Code, exception.Field, duplicate.Matches),
            _ when exception.Code.EndsWith("_NOT_ALLOWED", StringComparison.Ordinal) || exception.Code == "FORBIDDEN"
                => new NotAllowedUserError(message, exception.Code),
            _ => new ValidationUserError(message, exception.Code, exception.Field),
        };
    }
}
