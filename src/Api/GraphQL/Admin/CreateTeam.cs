using System.ComponentModel;
using CrmGraph.Domain.Teams;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>The input of <c>createTeam</c> (GraphQL: <c>CreateTeamInput</c>).</summary>
public sealed record CreateTeamInput(
    [Description("Team name. 团队名称。")] string Name,
    [Description("IANA time zone, default Asia/Shanghai. IANA 时区，默认 Asia/Shanghai。")] string? TimeZone);

/// <summary>An admin founds a sales team (rules: Team.Found).</summary>
public static class CreateTeam
{
    public static async Task<object?> HandleAsync(IResolveFieldContext context, CreateTeamInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var x = AdminCommandContext.Of(context);
        var team = Team.Found(x.Ids.NewId(), input.Name, input.TimeZone, x.Now);
        x.Db.Teams.Add(team);
        await x.Db.SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
        return team;
    }
}
