using System.ComponentModel;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Users;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>The input of <c>deactivateUser</c> (GraphQL: <c>DeactivateUserInput</c>).</summary>
public sealed record DeactivateUserInput(
    [GlobalId(UserType.TypeName), Description(InputDocs.User)] Guid UserId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion);

/// <summary>
/// An admin stops a user from signing in; their tokens stop working at once (rules: User.Deactivate).
/// </summary>
public static class DeactivateUser
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, DeactivateUserInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return UserChange.ApplyAsync(
            context, input.UserId, input.ExpectedVersion, (user, x) => user.Deactivate(context.Viewer().UserId, x.Now));
    }
}
