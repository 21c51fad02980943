using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Users;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>
/// <c>updateTeamSettings</c>: a supervisor of the team or an admin changes the team's rules, all checked together
/// (handler: <see cref="UpdateTeamSettings"/>).
/// </summary>
public static class TeamSettingsMutation
{
    public static void AddTeamSettingsMutation(this ObjectGraphType mutation)
    {
        mutation.AddMutation<UpdateTeamSettingsInput, TeamType>(
            "updateTeamSettings", "team",
            "Changes the team's name, time zone, own customer sources, cadence, pool rules, reminder lead times and"
            + " evaluation weights; anything left out is kept, and nothing changes when one value breaks a rule."
            + " 修改团队设置。",
            UpdateTeamSettings.HandleAsync);
        mutation.GetField("updateTeamSettings")!.RequireRoles(UserRole.Supervisor, UserRole.Admin);
    }
}
