using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.Concurrency;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Analytics;
using CrmGraph.Domain.Performance;
using CrmGraph.Domain.Users;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Performance;

/// <summary>Supervisors enter and revise the qualitative ratings of their salespeople (主管评分).</summary>
public static class PerformanceRatingMutations
{
    public static void AddPerformanceRatingMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<PerformanceRatingType>(
            "ratePerformance", "rating",
            "Rates a salesperson of your team for a period (1–5 each: service attitude, professional ability, customer feedback), or revises the rating of that salesperson and period when there is one. Supervisors and admins only. 主管评分。",
            i => i.Id("salespersonId", "The salesperson rated. 被评分的业务员。")
                .Date("periodStart", "First day of the period, e.g. the 1st of the month. 考核期第一天，例如每月 1 日。", required: true)
                .Date("periodEnd", "Last day of the period, e.g. the last day of the month. 考核期最后一天，例如每月最后一天。", required: true)
                .Int("serviceAttitude", "Service attitude, 1–5. 服务态度，1–5 分。", required: true)
                .Int("professionalAbility", "Professional ability, 1–5. 专业能力，1–5 分。", required: true)
                .Int("customerFeedback", "Customer feedback, 1–5. 客户反馈，1–5 分。", required: true)
                .Text("comment", "评语 (optional).")
                .Int("expectedVersion", "When revising: the version you read; a newer one refuses with StaleVersionError. 修改评分时填写你读取到的版本；若已有更新的版本，则返回 StaleVersionError 拒绝修改。"),
            async (c, input) =>
            {
                var services = c.RequestServices!;
                var db = services.GetRequiredService<CrmDbContext>();
                var viewer = c.Viewer();
                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                var (start, end) = (input.Date("periodStart")!.Value, input.Date("periodEnd")!.Value);
                var salespersonId = input.Id("salespersonId", UserType.TypeName);
                var salesperson = await VisibilityScope.Users(db.Users, viewer).SingleOrDefaultAsync(u => u.Id == salespersonId, c.CancellationToken).ConfigureAwait(false)
                    ?? throw new NotFoundException("salespersonId", "User");
                var rater = await db.Users.SingleAsync(u => u.Id == viewer.UserId, c.CancellationToken).ConfigureAwait(false);
                var ratings = new SupervisorRatings(input.Int("serviceAttitude")!.Value, input.Int("professionalAbility")!.Value, input.Int("customerFeedback")!.Value);
                var rating = await db.PerformanceRatings.SingleOrDefaultAsync(r => r.SalespersonId == salespersonId && r.PeriodStart == start && r.PeriodEnd == end, c.CancellationToken).ConfigureAwait(false);
                if (rating is null)
                {
                    rating = PerformanceRating.Rate(services.GetRequiredService<IIdGenerator>().NewId(), rater, salesperson, start, end, ratings, input.Text("comment"), now);
                    db.PerformanceRatings.Add(rating);
                }
                else
                {
                    StaleVersionException.ThrowIfStale(rating, input.Int("expectedVersion"));
                    rating.Revise(rater, ratings, input.Text("comment"), now);
                }

                await db.SaveChangesAsync(c.CancellationToken).ConfigureAwait(false);
                return rating;
            });
        mutation.GetField("ratePerformance")!.RequireRoles(UserRole.Supervisor, UserRole.Admin);
    }
}
