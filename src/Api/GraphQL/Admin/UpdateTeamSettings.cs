using System.ComponentModel;
using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.Concurrency;
using CrmGraph.Domain.Teams;
using CrmGraph.Domain.Users;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>
/// The input of <c>updateTeamSettings</c> (GraphQL: <c>UpdateTeamSettingsInput</c>). A setting group is received as
/// sent (the settings in it replace the current ones, see <see cref="SettingsPatch{T}"/>); the source
/// list tells "left out" (keep) from null (clear).
/// </summary>
public sealed record UpdateTeamSettingsInput(
    [GlobalId(TeamType.TypeName), Description("The team. 团队。")] Guid TeamId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("Team name. 团队名称。")] string? Name,
    [Description("IANA time zone, e.g. Asia/Shanghai. IANA 时区，例如 Asia/Shanghai。")] string? TimeZone,
    [Description("The team's own customer sources (replaces the list). 团队自定义的客户来源（替换整个列表）。")]
    Optional<IReadOnlyList<string>?> CustomSources,
    [GraphType("CadencePolicyInput"), Description("Follow-up cadence. 跟进频率。")]
    SettingsPatch<CadencePolicy>? Cadence,
    [GraphType("PoolPolicyInput"), Description("Customer pool rules. 公海规则。")]
    SettingsPatch<PoolPolicy>? Pool,
    [GraphType("ReminderPolicyInput"), Description("Reminder settings. 提醒设置。")]
    SettingsPatch<ReminderPolicy>? Reminders,
    [GraphType("EvaluationWeightsInput"), Description("绩效评估权重 (must sum to 100).")]
    SettingsPatch<EvaluationWeights>? EvaluationWeights);

/// <summary>
/// A supervisor of the team or an admin changes the team's settings, all checked together (rules:
/// Team.ChangeSettings); anything left out is kept.
/// </summary>
public static class UpdateTeamSettings
{
    public static async Task<object?> HandleAsync(IResolveFieldContext context, UpdateTeamSettingsInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var viewer = context.Viewer();
        var services = context.RequestServices!;
        var db = services.GetRequiredService<CrmDbContext>();
        var team = await db.Teams.SingleOrDefaultAsync(
                t => t.Id == input.TeamId && (viewer.Role == UserRole.Admin || t.Id == viewer.TeamId),
                context.CancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("teamId", "team");
        if (TeamSettingsAccess.Refusal(viewer.Role) is { } refusal)
        {
            throw refusal;
        }

        StaleVersionException.ThrowIfStale(team, input.ExpectedVersion);
        team.ChangeSettings(Change(team, input), services.GetRequiredService<TimeProvider>().GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
        return team;
    }

    private static TeamSettingsChange Change(Team team, UpdateTeamSettingsInput input) => new(
        input.Name,
        input.TimeZone,
        input.Cadence?.ApplyTo(team.Cadence, "cadence"),
        input.Pool?.ApplyTo(team.Pool, "pool"),
        input.Reminders?.ApplyTo(team.Reminders, "reminders"),
        input.EvaluationWeights?.ApplyTo(team.Weights, "evaluationWeights"),
        input.CustomSources.IsSet ? input.CustomSources.Value ?? [] : null);
}
