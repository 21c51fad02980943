using CrmGraph.Api.GraphQL.Admin;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Users;

public sealed class UserType : ObjectGraphType<User>
{
    public const string TypeName = "User";

    public UserType()
    {
        Name = TypeName;
        Description = "A person who signs in. 用户。";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Format(TypeName, c.Source.Id));
        this.AddVersionField();
        Field(x => x.Login).Description("The sign-in name, lower-case. 登录名。");
        Field(x => x.DisplayName).Description("The name shown to colleagues. 显示名称。");
        Field<NonNullGraphType<UserRoleType>>("role").Description("User role. 用户角色。").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<IdGraphType>>("teamId").Description("The user's team. 所属团队。").Resolve(
            c => GlobalId.Format("Team", c.Source.TeamId));
        Field<TeamType>("team")
            .Description("The user's team with its settings; null when it is not yours to see. 所属团队。")
            .Resolve(c => c.LoadTeam(c.Source.TeamId));
        Field<ListGraphType<NonNullGraphType<ApiTokenType>>>("apiTokens")
            .Description("The user's personal API tokens, newest first; visible to the user and to admins, null to " +
                "others. API 令牌。")
            .ResolveAsync(async c =>
            {
                var viewer = c.Viewer();
                if (c.Source.Id != viewer.UserId && viewer.Role != UserRole.Admin)
                {
                    return null;
                }

                var db = c.RequestServices!.GetRequiredService<Persistence.CrmDbContext>();
                return await db.ApiTokens.AsNoTracking().Where(t => t.UserId == c.Source.Id).OrderByDescending(
                    t => t.CreatedAt).ToListAsync(c.CancellationToken).ConfigureAwait(false);
            });
        IsTypeOf = o => o is User;
    }
}
