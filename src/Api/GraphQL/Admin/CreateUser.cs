using System.ComponentModel;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Users;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>The input of <c>createUser</c> (GraphQL: <c>CreateUserInput</c>).</summary>
public sealed record CreateUserInput(
    [Description("登录名 (letters, digits, . _ -).")] string Login,
    [Description("Display name. 显示名称。")] string DisplayName,
    [Description("Role. 角色。")] UserRole Role,
    [GlobalId(TeamType.TypeName), Description("The team; defaults to yours. 所属团队；默认为你的团队。")] Guid? TeamId);

/// <summary>An admin enrolls a user in an existing team under a login nobody has (rules: User.Enroll).</summary>
public static class CreateUser
{
    public static async Task<object?> HandleAsync(IResolveFieldContext context, CreateUserInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var x = AdminCommandContext.Of(context);
        var teamId = input.TeamId ?? context.Viewer().TeamId;
        await x.RequireTeamAsync(teamId, context.CancellationToken).ConfigureAwait(false);
        var login = User.NormalizeLogin(input.Login);
        if (await x.Db.Users.AnyAsync(u => u.Login == login, context.CancellationToken).ConfigureAwait(false))
        {
            throw new DomainException(
                "LOGIN_TAKEN", $"The login '{login}' is already taken.", $"登录名“{login}”已被使用。", "login");
        }

        var user = User.Enroll(x.Ids.NewId(), login, input.DisplayName, input.Role, teamId, x.Now);
        x.Db.Users.Add(user);
        await x.Db.SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
        return user;
    }
}
