using System.ComponentModel;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Users;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>The input of <c>updateUser</c> (GraphQL: <c>UpdateUserInput</c>); a field left out is kept.</summary>
public sealed record UpdateUserInput(
    [GlobalId(UserType.TypeName), Description(InputDocs.User)] Guid UserId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("Display name. 显示名称。")] string? DisplayName,
    [Description("Role. 角色。")] UserRole? Role,
    [GlobalId(TeamType.TypeName), Description("The new team. 新团队。")] Guid? TeamId);

/// <summary>
/// An admin renames a user, changes their role or moves them to another team; a user moved keeps no customers of the
/// old team (rules: User.Rename, User.ChangeRole, User.MoveToTeam).
/// </summary>
public static class UpdateUser
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, UpdateUserInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return UserChange.ApplyAsync(context, input.UserId, input.ExpectedVersion, async (user, x) =>
        {
            if (input.DisplayName is { } name)
            {
                user.Rename(name, x.Now);
            }

            if (input.Role is { } role)
            {
                user.ChangeRole(role, context.Viewer().UserId, x.Now);
            }

            if (input.TeamId is { } teamId && teamId != user.TeamId)
            {
                await MoveAsync(user, teamId, x, context.CancellationToken).ConfigureAwait(false);
            }
        });
    }

    private static async Task MoveAsync(
        User user, Guid teamId, AdminCommandContext x, CancellationToken cancellationToken)
    {
        await x.RequireTeamAsync(teamId, cancellationToken).ConfigureAwait(false);
        var holding = await x.Db.Customers.CountAsync(o => o.OwnerId == user.Id && !o.IsArchived, cancellationToken)
            .ConfigureAwait(false);
        if (holding > 0)
        {
            throw new DomainException(
                "USER_STILL_OWNS_CUSTOMERS",
                $"The user still owns {holding} customers of their team; "
                + "transfer them or release them to the pool first.",
                $"该用户仍负责 {holding} 个客户，请先转移或退回公海。",
                "teamId");
        }

        user.MoveToTeam(teamId, x.Now);
    }
}
