using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Performance;

public static class PerformanceRatingQueries
{
    public const int MaxRatings = 500;

    public static void AddPerformanceRatingQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PerformanceRatingType>>>>("performanceRatings")
            .Description("The supervisor ratings you may see (a salesperson their own, a supervisor their team's, " +
                $"an admin all) whose period overlaps `from`–`to`, newest period first, at most {MaxRatings}. 主管评分。")
            .Argument<IdGraphType>("salespersonId", "Only this salesperson's. 只看该业务员的评分。")
            .Argument<DateScalar>("from", "Periods ending on or after this day. 结束于该日或之后的考核期。")
            .Argument<DateScalar>("to", "Periods starting on or before this day. 开始于该日或之前的考核期。")
            .ResolveAsync(async c =>
            {
                var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
                var ratings = VisibilityScope.PerformanceRatings(db.PerformanceRatings.AsNoTracking(), c.Viewer());
                if (c.GetArgument<string?>("salespersonId") is { } id)
                {
                    var salespersonId = GlobalId.TryParse(id, UserType.TypeName, out var parsed) ? parsed : Guid.Empty;
                    ratings = ratings.Where(r => r.SalespersonId == salespersonId);
                }

                if (c.GetArgument<DateOnly?>("from") is { } from)
                {
                    ratings = ratings.Where(r => r.PeriodEnd >= from);
                }

                if (c.GetArgument<DateOnly?>("to") is { } to)
                {
                    ratings = ratings.Where(r => r.PeriodStart <= to);
                }

                return await ratings.OrderByDescending(r => r.PeriodStart).ThenBy(
                    r => r.Id).Take(MaxRatings).ToListAsync(c.CancellationToken).ConfigureAwait(false);
            });
    }
}
