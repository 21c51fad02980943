using CrmGraph.Api.Analytics;
using CrmGraph.Api.GraphQL.Admin;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Analytics;
using CrmGraph.Domain.Performance;
using CrmGraph.Domain.Users;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Performance;

public static class PerformanceEvaluationQueries
{
    public static void AddPerformanceEvaluationQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<PerformanceEvaluationType>>("performanceEvaluation")
            .Description("绩效评估 of your team's salespeople for a period (local days of the team, inclusive): figures " +
                "computed in the database, the supervisor ratings given for exactly this period, the total from the " +
                "team's weights, the rank. A salesperson gets only their own line; an admin may name another team.")
            .Argument<Review.ReviewPeriodInputType>("period", "A month or a range of local days in the team's time " +
                "zone, as in `dataReview`; default: the current month. Ratings count when entered for exactly these " +
                "days. 团队时区下的某个月或一段日期，同 `dataReview`；默认为本月。只计入恰好针对这些日期录入的主管评分。")
            .Argument<IdGraphType>("teamId", "Admins: the team; others always get their own. 管理员可指定团队；其他人始终为自己的团队。")
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!;
                var db = services.GetRequiredService<CrmDbContext>();
                var viewer = c.Viewer();
                var teamId = viewer.Role == UserRole.Admin
                    && c.GetArgument<string?>("teamId") is { } id
                    && GlobalId.TryParse(id, TeamType.TypeName, out var asked) ? asked : viewer.TeamId;
                var team = await db.Teams.AsNoTracking()
                    .SingleOrDefaultAsync(t => t.Id == teamId, c.CancellationToken)
                    .ConfigureAwait(false)
                    ?? throw new ExecutionError("No such team.") { Code = "NOT_FOUND" };
                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                var (start, end) = Review.ReviewPeriod.Resolve(
                    c.GetArgument<Dictionary<string, object?>?>("period"), team, now);
                var facts = await new PerformanceFactsQuery(db)
                    .ForTeamAsync(team, start, end, now, c.CancellationToken)
                    .ConfigureAwait(false);
                var ratings = await db.PerformanceRatings.AsNoTracking()
                    .Where(r => r.TeamId == teamId && r.PeriodStart == start && r.PeriodEnd == end)
                    .ToListAsync(c.CancellationToken)
                    .ConfigureAwait(false);
                var figures = PerformanceFormulas.Evaluate(
                    facts, PerformanceRating.BySalesperson(ratings), team.Weights);
                var lines = figures.Join(
                    facts, f => f.SalespersonId, f => f.SalespersonId, (f, x) => new SalespersonEvaluation(f, x))
                    .Where(l => viewer.Role != UserRole.Salesperson || l.Figures.SalespersonId == viewer.UserId)
                        .ToList();
                return new PerformanceEvaluation(teamId, start, end, lines);
            });
    }
}
