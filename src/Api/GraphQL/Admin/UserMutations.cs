using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Users;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>Managing users (admins only): rename, change role or team, deactivate and reactivate.</summary>
public static class UserMutations
{
    public static void AddUserMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<UserType>(
            "updateUser", "user", "Renames a user, changes their role or moves them to another team (admins only); left-out fields are kept. A user moved to another team keeps no customers of the old one: transfer them first. 修改用户。",
            i => i.Target("userId", "The user. 用户。").Text("displayName", "Display name. 显示名称。").Choice("role", "UserRole", "Role. 角色。", required: false).Id("teamId", "The new team. 新团队。", required: false),
            (c, input) => ChangeAsync(c, input, async (user, db, now) =>
            {
                if (input.Text("displayName") is { } name)
                {
                    user.Rename(name, now);
                }

                if (input.Choice<UserRole>("role") is { } role)
                {
                    user.ChangeRole(role, c.Viewer().UserId, now);
                }

                if (input.OptionalId("teamId", TeamType.TypeName) is { } teamId && teamId != user.TeamId)
                {
                    await MoveAsync(db, user, teamId, now, c.CancellationToken).ConfigureAwait(false);
                }
            }));

        mutation.AddMutation<UserType>(
            "deactivateUser", "user", "Stops a user from signing in; their tokens stop working at once (admins only). 停用用户。",
            i => i.Target("userId", "The user. 用户。"),
            (c, input) => ChangeAsync(c, input, (user, _, now) =>
            {
                user.Deactivate(c.Viewer().UserId, now);
                return Task.CompletedTask;
            }));

        mutation.AddMutation<UserType>(
            "reactivateUser", "user", "Lets a deactivated user sign in again (admins only). 启用用户。",
            i => i.Target("userId", "The user. 用户。"),
            (c, input) => ChangeAsync(c, input, (user, _, now) =>
            {
                user.Reactivate(now);
                return Task.CompletedTask;
            }));

        foreach (var name in new[] { "updateUser", "deactivateUser", "reactivateUser" })
        {
            mutation.GetField(name)!.RequireRoles(UserRole.Admin);
        }
    }

    private static async Task<object?> ChangeAsync(IResolveFieldContext c, InputValues input, Func<User, CrmDbContext, DateTimeOffset, Task> change)
    {
        if (c.Viewer().Role != UserRole.Admin)
        {
            throw new DomainException("ADMIN_NOT_ALLOWED", "Only admins manage teams and users.", "只有管理员可以管理团队和用户。");
        }

        var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
        var userId = input.Id("userId", UserType.TypeName);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, c.CancellationToken).ConfigureAwait(false) ?? throw new NotFoundException("userId", "user");
        ExpectedVersion.Check(c, user);
        await change(user, db, c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow()).ConfigureAwait(false);
        await db.SaveChangesAsync(c.CancellationToken).ConfigureAwait(false);
        return user;
    }

    private static async Task MoveAsync(CrmDbContext db, User user, Guid teamId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException("teamId", "team");
        }

        var holding = await db.Customers.CountAsync(o => o.OwnerId == user.Id && !o.IsArchived, cancellationToken).ConfigureAwait(false);
        if (holding > 0)
        {
            throw new DomainException("USER_STILL_OWNS_CUSTOMERS", $"The user still owns {holding} customers of their team; transfer them or release them to the pool first.", $"该用户仍负责 {holding} 个客户，请先转移或退回公海。", "teamId");
        }

        user.MoveToTeam(teamId, now);
    }
}
