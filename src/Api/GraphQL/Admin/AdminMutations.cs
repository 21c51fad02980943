using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Teams;
using CrmGraph.Domain.Users;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>Teams and users, managed by admins.</summary>
public static class AdminMutations
{
    public static void AddAdminMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<TeamType>(
            "createTeam", "team", "Founds a sales team (admins only). 新建团队。",
            i => i.Text("name", "Team name. 团队名称。", required: true).Text("timeZone", "IANA time zone, default Asia/Shanghai. IANA 时区，默认 Asia/Shanghai。"),
            async (c, input) =>
            {
                var (db, now, ids) = AdminContext(c);
                var team = Team.Found(ids.NewId(), input.Text("name")!, input.Text("timeZone"), now);
                db.Teams.Add(team);
                await db.SaveChangesAsync(c.CancellationToken).ConfigureAwait(false);
                return team;
            });

        mutation.AddMutation<UserType>(
            "createUser", "user", "Enrolls a user in a team (admins only); mint their token with `dotnet run --project src/Api -- token <login>`. 新建用户。",
            i => i.Text("login", "登录名 (letters, digits, . _ -).", required: true).Text("displayName", "Display name. 显示名称。", required: true).Choice("role", "UserRole", "Role. 角色。").Id("teamId", "The team; defaults to yours. 所属团队；默认为你的团队。", required: false),
            async (c, input) =>
            {
                var (db, now, ids) = AdminContext(c);
                var teamId = input.OptionalId("teamId", "Team") ?? c.Viewer().TeamId;
                if (!await db.Teams.AnyAsync(t => t.Id == teamId, c.CancellationToken).ConfigureAwait(false))
                {
                    throw new NotFoundException("teamId", "team");
                }

                var login = User.NormalizeLogin(input.Text("login"));
                if (await db.Users.AnyAsync(u => u.Login == login, c.CancellationToken).ConfigureAwait(false))
                {
                    throw new DomainException("LOGIN_TAKEN", $"The login '{login}' is already taken.", $"登录名“{login}”已被使用。", "login");
                }

                var user = User.Enroll(ids.NewId(), login, input.Text("displayName")!, input.Choice<UserRole>("role")!.Value, teamId, now);
                db.Users.Add(user);
                await db.SaveChangesAsync(c.CancellationToken).ConfigureAwait(false);
                return user;
            });

        mutation.GetField("createTeam")!.RequireRoles(UserRole.Admin);
        mutation.GetField("createUser")!.RequireRoles(UserRole.Admin);
    }

    private static (CrmDbContext Db, DateTimeOffset Now, IIdGenerator Ids) AdminContext(IResolveFieldContext c)
    {
        if (c.Viewer().Role != UserRole.Admin)
        {
            throw new DomainException("ADMIN_NOT_ALLOWED", "Only admins manage teams and users.", "只有管理员可以管理团队和用户。");
        }

        var services = c.RequestServices!;
        return (services.GetRequiredService<CrmDbContext>(), services.GetRequiredService<TimeProvider>().GetUtcNow(), services.GetRequiredService<IIdGenerator>());
    }
}
