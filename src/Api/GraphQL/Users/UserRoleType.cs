using CrmGraph.Domain.Users;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Users;

public sealed class UserRoleType : EnumerationGraphType<UserRole>
{
    public UserRoleType()
    {
        Name = "UserRole";
        Description = "What a user may see and do. 用户角色。";
        Values["SALESPERSON"]!.Description = "业务员 / 销售代表: owns customers, plans and records follow-ups; sees own, " +
            "shared and pool customers.";
        Values["SUPERVISOR"]!.Description = "销售主管: leads a team, sees and edits everything of the team, guides " +
            "A-grade customers.";
        Values["ADMIN"]!.Description = "管理员: configures teams, users and policies; sees all.";
    }
}
