using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Persistence;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Users;

public static class UserQueries
{
    public static void AddUserQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<UserType>>("me")
            .Description("The signed-in user. 当前用户。")
            .ResolveAsync(async c =>
            {
                var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
                var id = c.Viewer().UserId;
                return await db.Users.AsNoTracking().SingleAsync(u => u.Id == id, c.CancellationToken).ConfigureAwait(
                    false);
            });
    }
}
