using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Users;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>The input of <c>reactivateUser</c> (GraphQL: <c>ReactivateUserInput</c>).</summary>
public sealed record ReactivateUserInput(
    [GlobalId(UserType.TypeName), Description(InputDocs.User)] Guid UserId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion);

/// <summary>An admin lets a deactivated user sign in again (rules: User.Reactivate).</summary>
public static class ReactivateUser
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, ReactivateUserInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return UserChange.ApplyAsync(context, input.UserId, input.ExpectedVersion, (user, x) => user.Reactivate(x.Now));
    }
}
