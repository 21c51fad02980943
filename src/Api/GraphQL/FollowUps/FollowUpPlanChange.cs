using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.Concurrency;
using CrmGraph.Domain.FollowUps;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.FollowUps;

/// <summary>
/// The shape of every change to a planned follow-up: find its customer, go through <see cref="CustomerChange"/>
/// (visibility, edit right, save), check the plan's <c>expectedVersion</c>, make one domain call, return the plan.
/// </summary>
public static class FollowUpPlanChange
{
    public static async Task<object?> ApplyAsync(
        IResolveFieldContext context, Guid planId, int? expectedVersion, Action<FollowUpPlan, DateTimeOffset> change)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.RequestServices!.GetRequiredService<CrmDbContext>();
        var cancellation = context.CancellationToken;
        var customerId = await db.FollowUpPlans.Where(p => p.Id == planId).Select(p => (Guid?)p.CustomerId)
            .SingleOrDefaultAsync(cancellation).ConfigureAwait(false)
            ?? throw new NotFoundException("planId", "follow-up plan");
        return await CustomerChange.ApplyToRecordAsync(context, customerId, async (_, x, dbContext) =>
        {
            var plan = await dbContext.FollowUpPlans.SingleAsync(p => p.Id == planId, cancellation)
                .ConfigureAwait(false);
            StaleVersionException.ThrowIfStale(plan, expectedVersion);
            change(plan, x.Now);
            return plan;
        }).ConfigureAwait(false);
    }
}
