using CrmGraph.Api.GraphQL.Batching;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Users;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Users;

public static class UserLoaders
{
    /// <summary>A user by id, batched per request, through the viewer's visibility scope.</summary>
    public static IDataLoaderResult<User?> LoadUser(this IResolveFieldContext context, Guid id) =>
        Users(context).Load(id);

    /// <summary>The request's batch loader of users by id (also primed by reads that bring the owner along).</summary>
    public static BatchLoader<Guid, User> Users(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var viewer = context.Viewer();
        return RequestLoaders.Of(context)
            .For<Guid, User>("users.byId", async (ids, ct) =>
            {
                var db = services.GetRequiredService<CrmDbContext>();
                return await VisibilityScope.Users(db.Users.AsNoTracking(), viewer)
                    .Where(u => ids.Contains(u.Id))
                    .ToDictionaryAsync(u => u.Id, ct).ConfigureAwait(false);
            });
    }
}
