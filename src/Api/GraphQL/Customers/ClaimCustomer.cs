using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Customers;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>claimCustomer</c> (GraphQL: <c>ClaimCustomerInput</c>).</summary>
public sealed record ClaimCustomerInput(
    [GlobalId(CustomerType.TypeName), Description("The pool customer. 公海客户。")] Guid CustomerId);

/// <summary>
/// Claims a customer from the team pool, within the daily claim cap, the holding cap and the previous owner's
/// cooldown (the rules: Customer.ClaimFromPool).
/// </summary>
public static class ClaimCustomer
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, ClaimCustomerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cancellation = context.CancellationToken;
        return CustomerChange.ApplyAsync(context, input.CustomerId, expectedVersion: null, async (customer, x, db) =>
        {
            var me = x.Viewer.UserId;
            var since = x.Team.StartOfLocalDay(x.Team.LocalDate(x.Now));
            var holdings = await db.Customers.CountAsync(o => o.OwnerId == me && !o.IsArchived, cancellation)
                .ConfigureAwait(false);
            var claimsToday = await db.Customers.CountAsync(o => o.OwnerId == me && o.ClaimedAt >= since, cancellation)
                .ConfigureAwait(false);
            customer.ClaimFromPool(me, new PoolClaimContext(x.Team.Pool, claimsToday, holdings), x.Now);
            return customer;
        }, claiming: true);
    }
}
