using System.ComponentModel;
using System.Text.Json;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.AccessLog;
using CrmGraph.Api.Persistence.Auditing;
using CrmGraph.Domain.Customers;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Privacy;

/// <summary>The input of <c>exportCustomerData</c> (GraphQL: <c>ExportCustomerDataInput</c>).</summary>
public sealed record ExportCustomerDataInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId);

/// <summary>
/// Everything stored about one customer the viewer may edit, as one JSON document; the export is recorded in the
/// audit trail and the access log.
/// </summary>
public static class ExportCustomerData
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, ExportCustomerDataInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyToRecordAsync(context, input.CustomerId, async (customer, x, db) =>
        {
            var document = await DocumentAsync(db, customer, x.Now, context.CancellationToken).ConfigureAwait(false);
            db.AuditEntries.Add(new AuditEntry(Guid.CreateVersion7(), x.Now, x.Viewer.UserId, nameof(Customer),
                customer.Id, customer.Id, customer.TeamId, AuditAction.Exported, "[]"));
            context.RequestServices!.GetRequiredService<CustomerAccessRecorder>()
                .Note(x.Viewer.UserId, x.Viewer.TeamId, [customer.Id], CustomerAccessKind.Exported);
            return document;
        });
    }

    private static async Task<object?> DocumentAsync(
        CrmDbContext db, Customer customer, DateTimeOffset now, CancellationToken cancellation)
    {
        var id = customer.Id;
        var document = new
        {
            exportedAt = now,
            customer,
            followUpPlans = await db.FollowUpPlans.AsNoTracking().Where(p => p.CustomerId == id).OrderBy(p => p.Id)
                .ToListAsync(cancellation).ConfigureAwait(false),
            followUpRecords = await db.FollowUpRecords.AsNoTracking().Where(r => r.CustomerId == id)
                .OrderBy(r => r.Id).ToListAsync(cancellation).ConfigureAwait(false),
            deals = await db.Deals.AsNoTracking().Where(d => d.CustomerId == id).OrderBy(d => d.Id)
                .ToListAsync(cancellation).ConfigureAwait(false),
            serviceRecords = await db.ServiceRecords.AsNoTracking().Where(r => r.CustomerId == id)
                .OrderBy(r => r.Id).ToListAsync(cancellation).ConfigureAwait(false),
            careActions = await db.CareActions.AsNoTracking().Where(r => r.CustomerId == id).OrderBy(r => r.Id)
                .ToListAsync(cancellation).ConfigureAwait(false),
            satisfactionSurveys = await db.SatisfactionSurveys.AsNoTracking().Where(r => r.CustomerId == id)
                .OrderBy(r => r.Id).ToListAsync(cancellation).ConfigureAwait(false),
            feedback = await db.Feedback.AsNoTracking().Where(r => r.CustomerId == id).OrderBy(r => r.Id)
                .ToListAsync(cancellation).ConfigureAwait(false),
            winBackAttempts = await db.WinBackAttempts.AsNoTracking().Where(r => r.CustomerId == id)
                .OrderBy(r => r.Id).ToListAsync(cancellation).ConfigureAwait(false),
            auditTrail = (await db.AuditEntries.AsNoTracking().Where(a => a.CustomerId == id)
                    .ToListAsync(cancellation).ConfigureAwait(false))
                .OrderBy(a => a.OccurredAt)
                .Select(a => new
                {
                    a.OccurredAt,
                    a.ActorId,
                    a.EntityType,
                    a.EntityId,
                    a.Action,
                    changes = JsonDocument.Parse(a.Changes).RootElement,
                }),
        };
        return JsonSerializer.Serialize(document, PrivacyMutations.Json);
    }
}
