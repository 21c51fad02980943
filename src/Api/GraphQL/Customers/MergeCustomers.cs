using System.ComponentModel;
using System.Runtime.CompilerServices;
using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.Concurrency;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Visibility;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>mergeCustomers</c> (GraphQL: <c>MergeCustomersInput</c>).</summary>
public sealed record MergeCustomersInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [GlobalId(CustomerType.TypeName), Description("The duplicate to merge into this customer. 要合并到该客户的重复客户。")]
    Guid DuplicateId,
    [Description("The duplicate's `version` as you last read it (optional). 你上次读取到的重复客户 `version`（可选）。")]
    int? DuplicateExpectedVersion);

/// <summary>
/// Merges a duplicate into the customer: the duplicate's archive and records move to the survivor (the rules:
/// CustomerMerge); both must be yours to edit.
/// </summary>
public static class MergeCustomers
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, MergeCustomersInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, async (survivor, x, db) =>
        {
            var duplicate = await LoadDuplicateAsync(context, db, input).ConfigureAwait(false);
            var records = await RecordsOfAsync(db, duplicate.Id, context.CancellationToken).ConfigureAwait(false);
            CustomerMerge.Merge(survivor, duplicate, records, x.NewId, x.Viewer.UserId, x.Now);
            return survivor;
        });
    }

    private static async Task<Customer> LoadDuplicateAsync(
        IResolveFieldContext context, CrmDbContext db, MergeCustomersInput input)
    {
        var viewer = context.Viewer();
        var duplicate = await VisibilityScope.Customers(db.Customers, viewer)
            .SingleOrDefaultAsync(c => c.Id == input.DuplicateId, context.CancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("duplicateId", "customer");
        if (!CustomerVisibility.MayEdit(viewer.UserId, viewer.TeamId, viewer.Role, duplicate))
        {
            throw new DomainException(
                "MERGE_NOT_ALLOWED",
                "You may merge only customers you may edit (yours, or your team's as its supervisor).",
                "只能合并您有权修改的客户。");
        }

        StaleVersionException.ThrowIfStale(duplicate, input.DuplicateExpectedVersion, "duplicateExpectedVersion");
        return duplicate;
    }

    // Every kind of record that belongs to a customer moves with it; a new kind of record is added here.
    private static async Task<List<ICustomerRecord>> RecordsOfAsync(
        CrmDbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        var records = new List<ICustomerRecord>();
        records.AddRange(await ListAsync(db.FollowUpPlans.Where(p => p.CustomerId == customerId)));
        records.AddRange(await ListAsync(db.FollowUpRecords.Where(r => r.CustomerId == customerId)));
        records.AddRange(await ListAsync(db.Deals.Where(d => d.CustomerId == customerId)));
        records.AddRange(await ListAsync(db.ServiceRecords.Where(s => s.CustomerId == customerId)));
        records.AddRange(await ListAsync(db.CareActions.Where(a => a.CustomerId == customerId)));
        records.AddRange(await ListAsync(db.SatisfactionSurveys.Where(s => s.CustomerId == customerId)));
        records.AddRange(await ListAsync(db.Feedback.Where(f => f.CustomerId == customerId)));
        records.AddRange(await ListAsync(db.WinBackAttempts.Where(w => w.CustomerId == customerId)));
        return records;

        ConfiguredTaskAwaitable<List<T>> ListAsync<T>(IQueryable<T> query) =>
            query.ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
