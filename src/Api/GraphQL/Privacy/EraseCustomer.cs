using System.ComponentModel;
using System.Text.Json;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.Auditing;
using CrmGraph.Domain.Customers;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Privacy;

/// <summary>The input of <c>eraseCustomer</c> (GraphQL: <c>EraseCustomerInput</c>).</summary>
public sealed record EraseCustomerInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description(
        "Why (e.g. the customer's request of 2026-03-01); kept in the audit trail. "
        + "删除原因（例如客户 2026-03-01 的申请）；记入审计日志。")]
    string Reason);

/// <summary>
/// Erases a customer's personal data on request (rules: Customer.Erase and each record's Redact); the values in
/// earlier audit entries go, and the erasure is audited with its reason.
/// </summary>
public static class EraseCustomer
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, EraseCustomerInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, async (customer, x, db) =>
        {
            if (string.IsNullOrWhiteSpace(input.Reason))
            {
                throw InputScalars.MissingError("reason");
            }

            customer.Erase(x.Viewer.UserId, x.Now);
            await RedactRecordsAsync(db, customer.Id, context.CancellationToken).ConfigureAwait(false);
            var reason = new[] { new { field = "reason", before = (string?)null, after = input.Reason } };
            db.AuditEntries.Add(new AuditEntry(Guid.CreateVersion7(), x.Now, x.Viewer.UserId, nameof(Customer),
                customer.Id, customer.Id, customer.TeamId, AuditAction.Erased,
                JsonSerializer.Serialize(reason, PrivacyMutations.Json)));
            return customer;
        });
    }

    /// <summary>The customer's follow-ups, service, care, surveys, feedback, win-backs and audit values.</summary>
    private static async Task RedactRecordsAsync(CrmDbContext db, Guid id, CancellationToken cancellation)
    {
        await EachAsync(db.FollowUpRecords.Where(r => r.CustomerId == id), r => r.Redact(), cancellation)
            .ConfigureAwait(false);
        await EachAsync(db.FollowUpPlans.Where(p => p.CustomerId == id), p => p.Redact(), cancellation)
            .ConfigureAwait(false);
        await EachAsync(db.ServiceRecords.Where(r => r.CustomerId == id), r => r.Redact(), cancellation)
            .ConfigureAwait(false);
        await EachAsync(db.CareActions.Where(r => r.CustomerId == id), r => r.Redact(), cancellation)
            .ConfigureAwait(false);
        await EachAsync(db.SatisfactionSurveys.Where(r => r.CustomerId == id), r => r.Redact(), cancellation)
            .ConfigureAwait(false);
        await EachAsync(db.Feedback.Where(r => r.CustomerId == id), r => r.Redact(), cancellation)
            .ConfigureAwait(false);
        await EachAsync(db.WinBackAttempts.Where(r => r.CustomerId == id), r => r.Redact(), cancellation)
            .ConfigureAwait(false);
        await EachAsync(db.AuditEntries.Where(a => a.CustomerId == id), a => a.RedactValues(), cancellation)
            .ConfigureAwait(false);
    }

    private static async Task EachAsync<T>(IQueryable<T> rows, Action<T> redact, CancellationToken cancellation)
    {
        foreach (var row in await rows.ToListAsync(cancellation).ConfigureAwait(false))
        {
            redact(row);
        }
    }
}
