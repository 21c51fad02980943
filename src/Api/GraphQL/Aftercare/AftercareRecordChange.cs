using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.Concurrency;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Service;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>
/// The shape of every step on an existing after-sale record (a service record, feedback, a win-back attempt): find
/// its customer, go through <see cref="CustomerChange"/> (visibility, the customer's edit right, save), check the
/// record's <c>expectedVersion</c>, make one domain call, return the record.
/// </summary>
public static class AftercareRecordChange
{
    /// <summary>A step on the service record <paramref name="serviceId"/> (field <c>serviceId</c>).</summary>
    public static Task<object?> ApplyToServiceAsync(
        IResolveFieldContext context,
        Guid serviceId,
        int? expectedVersion,
        Action<ServiceRecord, DateTimeOffset> step) =>
        ApplyAsync(
            context, serviceId, expectedVersion, "serviceId", ServiceRecordType.TypeName, db => db.ServiceRecords,
            (service, _, x) => step(service, x.Now));

    /// <summary>
    /// A step on the record <paramref name="id"/> of <paramref name="set"/>; an unknown one is NOT_FOUND naming
    /// <paramref name="idField"/>.
    /// </summary>
    public static async Task<object?> ApplyAsync<T>(
        IResolveFieldContext context,
        Guid id,
        int? expectedVersion,
        string idField,
        string typeName,
        Func<CrmDbContext, DbSet<T>> set,
        Action<T, Customer, CustomerCommandContext> step)
        where T : AggregateRoot, ICustomerRecord
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(set);
        var db = context.RequestServices!.GetRequiredService<CrmDbContext>();
        var cancellation = context.CancellationToken;
        var customerId = await set(db).Where(r => r.Id == id).Select(r => (Guid?)r.CustomerId)
            .SingleOrDefaultAsync(cancellation).ConfigureAwait(false)
            ?? throw new NotFoundException(idField, typeName);
        return await CustomerChange.ApplyToRecordAsync(context, customerId, async (customer, x, dbContext) =>
        {
            var record = await set(dbContext).SingleAsync(r => r.Id == id, cancellation).ConfigureAwait(false);
            StaleVersionException.ThrowIfStale(record, expectedVersion);
            step(record, customer, x);
            return record;
        }).ConfigureAwait(false);
    }
}
