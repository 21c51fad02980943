using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Domain.Users;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>Managing users (admins only): rename, change role or team, deactivate and reactivate.</summary>
public static class UserMutations
{
    public static void AddUserMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<UpdateUserInput, UserType>(
            "updateUser", "user",
            "Renames a user, changes their role or moves them to another team (admins only); left-out fields are kept."
            + " A user moved to another team keeps no customers of the old one: transfer them first. 修改用户。",
            UpdateUser.HandleAsync);

        mutation.AddMutation<DeactivateUserInput, UserType>(
            "deactivateUser", "user",
            "Stops a user from signing in; their tokens stop working at once (admins only). 停用用户。",
            DeactivateUser.HandleAsync);

        mutation.AddMutation<ReactivateUserInput, UserType>(
            "reactivateUser", "user", "Lets a deactivated user sign in again (admins only). 启用用户。",
            ReactivateUser.HandleAsync);

        foreach (var name in new[] { "updateUser", "deactivateUser", "reactivateUser" })
        {
            mutation.GetField(name)!.RequireRoles(UserRole.Admin);
        }
    }
}
