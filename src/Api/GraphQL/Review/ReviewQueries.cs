using CrmGraph.Api.GraphQL.Admin;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Users;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Review;

public static class ReviewQueries
{
    public static void AddReviewQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<DataReviewType>>("dataReview")
            .Description("数据复盘 Data review of a period for your team, or one salesperson of it; a salesperson sees " +
                "only their own figures. See docs/metrics.md.")
            .Argument<ReviewPeriodInputType>("period", "A month or a range of local days in the team's time zone; " +
                "default: the current month. 团队时区下的某个月或一段日期；默认为本月。")
            .Argument<IdGraphType>("ownerId", "Narrow to the customers this salesperson owns (supervisors and " +
                "admins; a salesperson may only name themselves). 只看该业务员负责的客户（主管和管理员可用；业务员只能指定自己）。")
            .Argument<IdGraphType>("teamId", "Another team (admins only); default: your own. 其他团队（仅管理员）；默认为你的团队。")
            .ResolveAsync(async c =>
            {
                var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
                var now = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();
                var viewer = c.Viewer();
                var scope = await ResolveScopeAsync(
                    db, viewer, c.GetArgument<string?>("teamId"), c.GetArgument<string?>("ownerId"),
                    c.GetArgument<Dictionary<string, object?>?>("period"), now, c.CancellationToken)
                    .ConfigureAwait(false);
                return await new DataReviewReader(db).ReadAsync(scope, viewer, c.CancellationToken).ConfigureAwait(
                    false);
            });
    }

    private static async Task<ReviewScope> ResolveScopeAsync(
        CrmDbContext db, Viewer viewer, string? teamText, string? ownerText, Dictionary<string, object?>? period,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var teamId = teamText is null ? viewer.TeamId : ParseId(teamText, TeamType.TypeName, "teamId");
        if (teamId != viewer.TeamId && viewer.Role != UserRole.Admin)
        {
            throw new ExecutionError("Only an admin may review another team.") { Code = "NOT_ALLOWED" };
        }

        var team = await db.Teams.AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == teamId, cancellationToken)
            .ConfigureAwait(false)
            ?? throw new ExecutionError("'teamId' names no team.") { Code = "NOT_FOUND" };

        Guid? ownerId = ownerText is null ? null : ParseId(ownerText, UserType.TypeName, "ownerId");
        if (viewer.Role == UserRole.Salesperson)
        {
            if (ownerId is { } other && other != viewer.UserId)
            {
                throw new ExecutionError("A salesperson sees only their own review; leave out 'ownerId' or name " +
                    "yourself.")
                { Code = "NOT_ALLOWED" };
            }

            ownerId = viewer.UserId;
        }
        else if (ownerId is { } owner && !await db.Users.AsNoTracking().AnyAsync(
            u => u.Id == owner && u.TeamId == teamId, cancellationToken).ConfigureAwait(false))
        {
            throw new ExecutionError("'ownerId' is not a member of the reviewed team.") { Code = "NOT_FOUND" };
        }

        var (from, to) = ReviewPeriod.Resolve(period, team, now);
        return new ReviewScope(team, ownerId, from, to, now);
    }

    private static Guid ParseId(string text, string typeName, string argument) =>
        GlobalId.TryParse(text, typeName, out var id) ? id : throw new ExecutionError($"'{argument}' is not a " +
            $"{typeName} id.")
        { Code = "INVALID_ID" };
}
