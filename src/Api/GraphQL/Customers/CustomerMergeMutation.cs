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
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary><c>mergeCustomers</c>: the duplicate's archive and records move to the survivor; both must be yours to edit.</summary>
public static class CustomerMergeMutation
{
    public static void AddCustomerMergeMutation(this ObjectGraphType mutation)
    {
        mutation.AddMutation<CustomerType>(
            "mergeCustomers", "customer",
            "Merges a duplicate into this customer: contacts, key dates, issues, purchases, tags, follow-up plans and records and deals move here; the duplicate stays archived with its history and `mergedInto` set. 合并重复客户。",
            i => i.Customer().Id("duplicateId", "The duplicate to merge into this customer. 要合并到该客户的重复客户。").Int("duplicateExpectedVersion", "The duplicate's `version` as you last read it (optional). 你上次读取到的重复客户 `version`（可选）。"),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), async (survivor, x, db) =>
            {
                var duplicate = await LoadDuplicateAsync(c, db, input).ConfigureAwait(false);
                var records = await RecordsOfAsync(db, duplicate.Id, c.CancellationToken).ConfigureAwait(false);
                CustomerMerge.Merge(survivor, duplicate, records, x.NewId, x.Viewer.UserId, x.Now);
                return survivor;
            }));
    }

    private static async Task<Customer> LoadDuplicateAsync(IResolveFieldContext context, CrmDbContext db, InputValues input)
    {
        var viewer = context.Viewer();
        var duplicateId = input.Id("duplicateId", CustomerType.TypeName);
        var duplicate = await VisibilityScope.Customers(db.Customers, viewer).SingleOrDefaultAsync(c => c.Id == duplicateId, context.CancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("duplicateId", "customer");
        if (!CustomerVisibility.MayEdit(viewer.UserId, viewer.TeamId, viewer.Role, duplicate))
        {
            throw new DomainException("MERGE_NOT_ALLOWED", "You may merge only customers you may edit (yours, or your team's as its supervisor).", "只能合并您有权修改的客户。");
        }

        StaleVersionException.ThrowIfStale(duplicate, input.Int("duplicateExpectedVersion"), "duplicateExpectedVersion");
        return duplicate;
    }

    // Every kind of record that belongs to a customer moves with it; a new kind of record is added here.
    private static async Task<List<ICustomerRecord>> RecordsOfAsync(CrmDbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        var records = new List<ICustomerRecord>();
        records.AddRange(await db.FollowUpPlans.Where(p => p.CustomerId == customerId).ToListAsync(cancellationToken).ConfigureAwait(false));
        records.AddRange(await db.FollowUpRecords.Where(r => r.CustomerId == customerId).ToListAsync(cancellationToken).ConfigureAwait(false));
        records.AddRange(await db.Deals.Where(d => d.CustomerId == customerId).ToListAsync(cancellationToken).ConfigureAwait(false));
        records.AddRange(await db.ServiceRecords.Where(s => s.CustomerId == customerId).ToListAsync(cancellationToken).ConfigureAwait(false));
        records.AddRange(await db.CareActions.Where(a => a.CustomerId == customerId).ToListAsync(cancellationToken).ConfigureAwait(false));
        records.AddRange(await db.SatisfactionSurveys.Where(s => s.CustomerId == customerId).ToListAsync(cancellationToken).ConfigureAwait(false));
        records.AddRange(await db.Feedback.Where(f => f.CustomerId == customerId).ToListAsync(cancellationToken).ConfigureAwait(false));
        records.AddRange(await db.WinBackAttempts.Where(w => w.CustomerId == customerId).ToListAsync(cancellationToken).ConfigureAwait(false));
        return records;
    }
}
