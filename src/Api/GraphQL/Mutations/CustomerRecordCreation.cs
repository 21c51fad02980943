using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Idempotency;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Mutations;

/// <summary>
/// Creating a record under a customer (a deal, a service request, a care action, a survey, feedback, a win-back), at
/// most once per <c>idempotencyKey</c>: a retry with the same key and input answers with the record created the first
/// time.
/// </summary>
public static class CustomerRecordCreation
{
    /// <summary>Creates the record <paramref name="create"/> makes, for the input's customer and key.</summary>
    public static async Task<object?> CreateAsync<T>(
        IResolveFieldContext context,
        ICustomerRecordInput input,
        string operation,
        Func<Customer, CustomerCommandContext, CrmDbContext, Task<T>> create)
        where T : AggregateRoot, ICustomerRecord
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var key = input.IdempotencyKey;
        var services = context.RequestServices!;
        var db = services.GetRequiredService<CrmDbContext>();
        var guard = services.GetRequiredService<IdempotencyGuard>();
        var viewer = context.Viewer();
        var request = context.Arguments!["input"].Value!;
        var cancellation = context.CancellationToken;
        if (await guard.FindEarlierAsync(viewer.UserId, operation, key, request, cancellation).ConfigureAwait(false)
            is { } earlier)
        {
            return await LoadAsync<T>(context, db, earlier).ConfigureAwait(false);
        }

        try
        {
            return await CustomerChange.ApplyAsync(
                context, input.CustomerId, input.ExpectedVersion, async (customer, x, dbContext) =>
                {
                    var record = await create(customer, x, dbContext).ConfigureAwait(false);
                    dbContext.Add(record);
                    guard.Remember(viewer.UserId, operation, key, request, record.Id);
                    return record;
                }).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (key is not null && IdempotencyGuard.IsDuplicateKey(ex))
        {
            // A concurrent request with the same key committed first: answer with its record.
            db.ChangeTracker.Clear();
            var winner = await guard.FindEarlierAsync(viewer.UserId, operation, key, request, cancellation)
                .ConfigureAwait(false);
            return await LoadAsync<T>(context, db, winner!.Value).ConfigureAwait(false);
        }
    }

    private static async Task<T> LoadAsync<T>(IResolveFieldContext context, CrmDbContext db, Guid id)
        where T : AggregateRoot, ICustomerRecord =>
        await VisibilityScope.CustomerRecords(db.Set<T>().AsNoTracking(), db.Customers, context.Viewer())
            .SingleOrDefaultAsync(r => r.Id == id, context.CancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException("idempotencyKey", "record");
}
