using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.Concurrency;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Teams;
using CrmGraph.Domain.Visibility;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>What a customer command gets: the viewer, the time, the customer's team and fresh ids.</summary>
public sealed record CustomerCommandContext(Viewer Viewer, DateTimeOffset Now, Team Team, Func<Guid> NewId);

/// <summary>
/// The shape of every customer mutation: load the customer through the viewer's visibility, check the viewer may
/// change it and that it has not changed since the caller read it, make one domain call, save, return the customer.
/// </summary>
public static class CustomerChange
{
    public static Task<object?> ApplyAsync(
        IResolveFieldContext context,
        Guid customerId,
        int? expectedVersion,
        Action<Customer, CustomerCommandContext> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ApplyAsync(context, customerId, expectedVersion, (customer, x, _) =>
        {
            change(customer, x);
            return Task.FromResult<object?>(customer);
        });
    }

    /// <summary>
    /// The general form: the change may read more (plans, counts) through the context and returns the result.
    /// </summary>
    public static Task<object?> ApplyAsync(
        IResolveFieldContext context,
        Guid customerId,
        int? expectedVersion,
        Func<Customer, CustomerCommandContext, CrmDbContext, Task<object?>> change) =>
        ApplyAsync(context, customerId, expectedVersion, change, claiming: false);

    /// <summary>
    /// For commands whose target is one of the customer's records (a plan, a deal): the edit right is the customer's,
    /// but the input's <c>expectedVersion</c> is the record's, checked by the caller.
    /// </summary>
    public static Task<object?> ApplyToRecordAsync(
        IResolveFieldContext context,
        Guid customerId,
        Func<Customer, CustomerCommandContext, CrmDbContext, Task<object?>> change) =>
        ApplyAsync(context, customerId, expectedVersion: null, change, claiming: false);

    /// <summary>
    /// <paramref name="expectedVersion"/>: the customer's <c>version</c> the caller read (the input's
    /// <c>expectedVersion</c>), or null to skip the check. <paramref name="claiming"/>: the command takes a pool
    /// customer (公海领取), which any salesperson of the team may do; every other command needs the right to edit
    /// (owner, supervisor of the team, admin).
    /// </summary>
    public static async Task<object?> ApplyAsync(
        IResolveFieldContext context,
        Guid customerId,
        int? expectedVersion,
        Func<Customer, CustomerCommandContext, CrmDbContext, Task<object?>> change,
        bool claiming)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(change);
        var services = context.RequestServices!;
        var db = services.GetRequiredService<CrmDbContext>();
        var viewer = context.Viewer();
        var customer = await VisibilityScope.Customers(db.Customers, viewer)
            .SingleOrDefaultAsync(c => c.Id == customerId, context.CancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("customerId", "customer");
        if (!(claiming && customer.InPool)
            && !CustomerVisibility.MayEdit(viewer.UserId, viewer.TeamId, viewer.Role, customer))
        {
            throw new DomainException(
                "EDIT_NOT_ALLOWED",
                "You may see this customer but not change it: only its owner, a supervisor of its team or an admin " +
                "may.",
                "您可以查看该客户，但只有负责人、本团队主管或管理员可以修改。");
        }

        StaleVersionException.ThrowIfStale(customer, expectedVersion);
        var team = await db.Teams.SingleAsync(t => t.Id == customer.TeamId, context.CancellationToken)
            .ConfigureAwait(false);
        var ids = services.GetRequiredService<Identity.IIdGenerator>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var result = await change(customer, new CustomerCommandContext(viewer, now, team, ids.NewId), db)
            .ConfigureAwait(false);
        await db.SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
        return result;
    }
}
