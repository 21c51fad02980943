using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.Persistence.Concurrency;
using CrmGraph.Domain.Users;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>
/// The shape of every change an admin makes to a user: check the viewer is an admin, load the user, check it has not
/// changed since the caller read it (<c>expectedVersion</c>), make the change, save, return the user.
/// </summary>
public static class UserChange
{
    public static Task<object?> ApplyAsync(
        IResolveFieldContext context, Guid userId, int? expectedVersion, Action<User, AdminCommandContext> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ApplyAsync(context, userId, expectedVersion, (user, x) =>
        {
            change(user, x);
            return Task.CompletedTask;
        });
    }

    public static async Task<object?> ApplyAsync(
        IResolveFieldContext context, Guid userId, int? expectedVersion, Func<User, AdminCommandContext, Task> change)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(change);
        var x = AdminCommandContext.Of(context);
        var user = await x.Db.Users.SingleOrDefaultAsync(u => u.Id == userId, context.CancellationToken)
            .ConfigureAwait(false) ?? throw new NotFoundException("userId", "user");
        StaleVersionException.ThrowIfStale(user, expectedVersion);
        await change(user, x).ConfigureAwait(false);
        await x.Db.SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
        return user;
    }
}
