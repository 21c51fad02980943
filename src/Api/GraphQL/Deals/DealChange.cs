using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.Concurrency;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Deals;

/// <summary>
/// What a deal command gets besides the deal and its customer. <c>AnotherDealOpen</c>: another deal of the customer
/// is still open (the domain keeps the reclaim clock paused while one is).
/// </summary>
public sealed record DealCommandContext(CustomerCommandContext Customer, bool AnotherDealOpen);

/// <summary>
/// The shape of every change to an open deal: find its customer, go through <see cref="CustomerChange"/> (visibility,
/// edit right, save), check the deal's <c>expectedVersion</c>, make one domain call, return the deal.
/// </summary>
public static class DealChange
{
    public static async Task<object?> ApplyAsync(
        IResolveFieldContext context,
        Guid dealId,
        int? expectedVersion,
        Action<Deal, Customer, DealCommandContext> change)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.RequestServices!.GetRequiredService<CrmDbContext>();
        var cancellation = context.CancellationToken;
        var customerId = await db.Deals.Where(d => d.Id == dealId).Select(d => (Guid?)d.CustomerId)
            .SingleOrDefaultAsync(cancellation).ConfigureAwait(false)
            ?? throw new NotFoundException("dealId", "deal");
        return await CustomerChange.ApplyToRecordAsync(context, customerId, async (customer, x, dbContext) =>
        {
            var deal = await dbContext.Deals.SingleAsync(d => d.Id == dealId, cancellation).ConfigureAwait(false);
            StaleVersionException.ThrowIfStale(deal, expectedVersion);
            var otherOpen = await dbContext.Deals.AnyAsync(
                d => d.CustomerId == deal.CustomerId && d.Id != deal.Id && d.Status == DealStatus.Open,
                cancellation).ConfigureAwait(false);
            change(deal, customer, new DealCommandContext(x, otherOpen));
            return deal;
        }).ConfigureAwait(false);
    }
}
