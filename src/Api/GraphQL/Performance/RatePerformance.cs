using System.ComponentModel;
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
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Performance;

/// <summary>The input of <c>ratePerformance</c> (GraphQL: <c>RatePerformanceInput</c>).</summary>
public sealed record RatePerformanceInput(
    [GlobalId(UserType.TypeName), Description("The salesperson rated. 被评分的业务员。")] Guid SalespersonId,
    [Description("First day of the period, e.g. the 1st of the month. 考核期第一天，例如每月 1 日。")]
    DateOnly PeriodStart,
    [Description("Last day of the period, e.g. the last day of the month. 考核期最后一天，例如每月最后一天。")]
    DateOnly PeriodEnd,
    [Description("Service attitude, 1–5. 服务态度，1–5 分。")] int ServiceAttitude,
    [Description("Professional ability, 1–5. 专业能力，1–5 分。")] int ProfessionalAbility,
    [Description("Customer feedback, 1–5. 客户反馈，1–5 分。")] int CustomerFeedback,
    [Description("评语 (optional).")] string? Comment,
    [Description(
        "When revising: the version you read; a newer one refuses with StaleVersionError. "
        + "修改评分时填写你读取到的版本；若已有更新的版本，则返回 StaleVersionError 拒绝修改。")]
    int? ExpectedVersion);

/// <summary>
/// A supervisor rates a salesperson they can see for a period, or revises the rating of that salesperson and period
/// (rules: PerformanceRating.Rate and Revise).
/// </summary>
public static class RatePerformance
{
    public static async Task<object?> HandleAsync(IResolveFieldContext context, RatePerformanceInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var services = context.RequestServices!;
        var db = services.GetRequiredService<CrmDbContext>();
        var viewer = context.Viewer();
        var cancellation = context.CancellationToken;
        var salesperson = await VisibilityScope.Users(db.Users, viewer)
                .SingleOrDefaultAsync(u => u.Id == input.SalespersonId, cancellation).ConfigureAwait(false)
            ?? throw new NotFoundException("salespersonId", "User");
        var rater = await db.Users.SingleAsync(u => u.Id == viewer.UserId, cancellation).ConfigureAwait(false);
        var rating = await RateOrReviseAsync(services, db, rater, salesperson, input, cancellation)
            .ConfigureAwait(false);
        await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
        return rating;
    }

    /// <summary>A new rating, or the one of that salesperson and period revised when its version is current.</summary>
    private static async Task<PerformanceRating> RateOrReviseAsync(
        IServiceProvider services,
        CrmDbContext db,
        User rater,
        User salesperson,
        RatePerformanceInput input,
        CancellationToken cancellation)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var ratings = new SupervisorRatings(input.ServiceAttitude, input.ProfessionalAbility, input.CustomerFeedback);
        var rating = await db.PerformanceRatings.SingleOrDefaultAsync(
            r => r.SalespersonId == salesperson.Id && r.PeriodStart == input.PeriodStart
                && r.PeriodEnd == input.PeriodEnd,
            cancellation).ConfigureAwait(false);
        if (rating is null)
        {
            rating = PerformanceRating.Rate(services.GetRequiredService<IIdGenerator>().NewId(), rater, salesperson,
                input.PeriodStart, input.PeriodEnd, ratings, input.Comment, now);
            db.PerformanceRatings.Add(rating);
            return rating;
        }

        StaleVersionException.ThrowIfStale(rating, input.ExpectedVersion);
        rating.Revise(rater, ratings, input.Comment, now);
        return rating;
    }
}
