using CrmGraph.Api.GraphQL.Batching;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Teams;
using CrmGraph.Domain.Users;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Admin;

public static class TeamLoaders
{
    /// <summary>A team by id, batched per request: your own team, or any team for an admin.</summary>
    public static IDataLoaderResult<Team?> LoadTeam(this IResolveFieldContext context, Guid id)
    {
        var services = context.RequestServices!;
        var viewer = context.Viewer();
        return RequestLoaders.Of(context)
            .For<Guid, Team>("teams.byId", async (ids, ct) =>
            {
                var db = services.GetRequiredService<CrmDbContext>();
                return await db.Teams.AsNoTracking()
                    .Where(t => ids.Contains(t.Id) && (viewer.Role == UserRole.Admin || t.Id == viewer.TeamId))
                    .ToDictionaryAsync(t => t.Id, ct).ConfigureAwait(false);
            })
            .Load(id);
    }
}
