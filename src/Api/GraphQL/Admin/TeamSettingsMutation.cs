using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Teams;
using CrmGraph.Domain.Users;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary><c>updateTeamSettings</c>: a supervisor of the team or an admin changes the team's rules, all checked together.</summary>
public static class TeamSettingsMutation
{
    public static void AddTeamSettingsMutation(this ObjectGraphType mutation)
    {
        mutation.AddMutation<TeamType>(
            "updateTeamSettings", "team",
            "Changes the team's name, time zone, own customer sources, cadence, pool rules, reminder lead times and evaluation weights; anything left out is kept, and nothing changes when one value breaks a rule. 修改团队设置。",
            i => i.Target("teamId", "The team. 团队。").Text("name", "Team name. 团队名称。").Text("timeZone", "IANA time zone, e.g. Asia/Shanghai. IANA 时区，例如 Asia/Shanghai。")
                .TextList("customSources", "The team's own customer sources (replaces the list). 团队自定义的客户来源（替换整个列表）。", required: false)
                .Object("cadence", "CadencePolicyInput", "Follow-up cadence. 跟进频率。").Object("pool", "PoolPolicyInput", "Customer pool rules. 公海规则。")
                .Object("reminders", "ReminderPolicyInput", "Reminder settings. 提醒设置。").Object("evaluationWeights", "EvaluationWeightsInput", "绩效评估权重 (must sum to 100)."),
            async (c, input) =>
            {
                var viewer = c.Viewer();
                var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
                var teamId = input.Id("teamId", TeamType.TypeName);
                var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == teamId && (viewer.Role == UserRole.Admin || t.Id == viewer.TeamId), c.CancellationToken).ConfigureAwait(false)
                    ?? throw new NotFoundException("teamId", "team");
                if (viewer.Role == UserRole.Salesperson)
                {
                    throw new DomainException("SETTINGS_NOT_ALLOWED", "Only a supervisor of the team or an admin may change its settings.", "只有本团队主管或管理员可以修改团队设置。");
                }

                ExpectedVersion.Check(c, team);
                team.ChangeSettings(new TeamSettingsChange(
                    input.Text("name"),
                    input.Text("timeZone"),
                    Patch(input, "cadence", team.Cadence),
                    Patch(input, "pool", team.Pool),
                    Patch(input, "reminders", team.Reminders),
                    Patch(input, "evaluationWeights", team.Weights),
                    input.Has("customSources") ? input.TextList("customSources") : null), c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow());
                await db.SaveChangesAsync(c.CancellationToken).ConfigureAwait(false);
                return team;
            });
        mutation.GetField("updateTeamSettings")!.RequireRoles(UserRole.Supervisor, UserRole.Admin);
    }

    private static T? Patch<T>(InputValues input, string group, T current)
        where T : class, new() => input.Object(group) is { } patch ? TeamPolicyProperties.Patch(current, patch, group) : null;
}
