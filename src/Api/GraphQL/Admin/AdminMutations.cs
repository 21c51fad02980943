using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Domain.Users;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>
/// Teams and users, managed by admins: each mutation one input record and one handler, in the file named after it.
/// </summary>
public static class AdminMutations
{
    public static void AddAdminMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<CreateTeamInput, TeamType>(
            "createTeam", "team", "Founds a sales team (admins only). 新建团队。",
            CreateTeam.HandleAsync);

        mutation.AddMutation<CreateUserInput, UserType>(
            "createUser", "user",
            "Enrolls a user in a team (admins only); mint their token with "
            + "`dotnet run --project src/Api -- token <login>`. 新建用户。",
            CreateUser.HandleAsync);

        mutation.GetField("createTeam")!.RequireRoles(UserRole.Admin);
        mutation.GetField("createUser")!.RequireRoles(UserRole.Admin);
    }
}
