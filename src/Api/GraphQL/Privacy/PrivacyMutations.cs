using System.Text.Json;
using System.Text.Json.Serialization;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.AccessLog;
using CrmGraph.Api.Persistence.Auditing;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Users;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Privacy;

/// <summary>Privacy requests (个人信息查询与删除) for one customer, by a supervisor of the team or an admin; both audited.</summary>
public static class PrivacyMutations
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void AddPrivacyMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<StringGraphType>(
            "exportCustomerData", "json",
            "Everything stored about one customer, as one JSON document: the archive, follow-up plans and records, deals, service, care, surveys, feedback, win-backs and the audit trail. Recorded in the audit trail and the access log. 导出客户全部数据。",
            i => i.Id("customerId", "The customer. 客户。"),
            (c, input) => CustomerChange.ApplyToRecordAsync(c, input.Id("customerId", CustomerType.TypeName), async (customer, x, db) =>
            {
                var document = await ExportAsync(db, customer, x.Now, c.CancellationToken).ConfigureAwait(false);
                db.AuditEntries.Add(new AuditEntry(Guid.CreateVersion7(), x.Now, x.Viewer.UserId, nameof(Customer), customer.Id, customer.Id, customer.TeamId, AuditAction.Exported, "[]"));
                c.RequestServices!.GetRequiredService<CustomerAccessRecorder>().Note(x.Viewer.UserId, x.Viewer.TeamId, [customer.Id], CustomerAccessKind.Exported);
                return document;
            }));

        mutation.AddMutation<CustomerType>(
            "eraseCustomer", "customer",
            "Erases the customer's personal data on request: name, contact details, contacts, key dates, tags, issues and the notes of follow-ups go; stage, grade, needs, purchases and deals stay, anonymous, for the sales ledger. Earlier audit entries keep who changed which field when, without the values. Cannot be undone. 删除客户个人信息。",
            i => i.Customer().Text("reason", "Why (e.g. the customer's request of 2026-03-01); kept in the audit trail. 删除原因（例如客户 2026-03-01 的申请）；记入审计日志。", required: true),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), async (customer, x, db) =>
            {
                if (string.IsNullOrWhiteSpace(input.Text("reason")))
                {
                    throw new DomainException("REQUIRED", "'reason' is required.", "“reason”不能为空。", "reason");
                }

                customer.Erase(x.Viewer.UserId, x.Now);
                foreach (var record in await db.FollowUpRecords.Where(r => r.CustomerId == customer.Id).ToListAsync(c.CancellationToken).ConfigureAwait(false))
                {
                    record.Redact();
                }

                foreach (var plan in await db.FollowUpPlans.Where(p => p.CustomerId == customer.Id).ToListAsync(c.CancellationToken).ConfigureAwait(false))
                {
                    plan.Redact();
                }

                (await db.ServiceRecords.Where(r => r.CustomerId == customer.Id).ToListAsync(c.CancellationToken).ConfigureAwait(false)).ForEach(r => r.Redact());
                (await db.CareActions.Where(r => r.CustomerId == customer.Id).ToListAsync(c.CancellationToken).ConfigureAwait(false)).ForEach(r => r.Redact());
                (await db.SatisfactionSurveys.Where(r => r.CustomerId == customer.Id).ToListAsync(c.CancellationToken).ConfigureAwait(false)).ForEach(r => r.Redact());
                (await db.Feedback.Where(r => r.CustomerId == customer.Id).ToListAsync(c.CancellationToken).ConfigureAwait(false)).ForEach(r => r.Redact());
                (await db.WinBackAttempts.Where(r => r.CustomerId == customer.Id).ToListAsync(c.CancellationToken).ConfigureAwait(false)).ForEach(r => r.Redact());
                foreach (var entry in await db.AuditEntries.Where(a => a.CustomerId == customer.Id).ToListAsync(c.CancellationToken).ConfigureAwait(false))
                {
                    entry.RedactValues();
                }

                db.AuditEntries.Add(new AuditEntry(Guid.CreateVersion7(), x.Now, x.Viewer.UserId, nameof(Customer), customer.Id, customer.Id, customer.TeamId, AuditAction.Erased,
                    JsonSerializer.Serialize(new[] { new { field = "reason", before = (string?)null, after = input.Text("reason") } }, Json)));
                return customer;
            }));

        mutation.GetField("exportCustomerData")!.RequireRoles(UserRole.Supervisor, UserRole.Admin);
        mutation.GetField("eraseCustomer")!.RequireRoles(UserRole.Supervisor, UserRole.Admin);
    }

    private static async Task<object?> ExportAsync(CrmDbContext db, Customer customer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var document = new
        {
            exportedAt = now,
            customer,
            followUpPlans = await db.FollowUpPlans.AsNoTracking().Where(p => p.CustomerId == customer.Id).OrderBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            followUpRecords = await db.FollowUpRecords.AsNoTracking().Where(r => r.CustomerId == customer.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            deals = await db.Deals.AsNoTracking().Where(d => d.CustomerId == customer.Id).OrderBy(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            serviceRecords = await db.ServiceRecords.AsNoTracking().Where(r => r.CustomerId == customer.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            careActions = await db.CareActions.AsNoTracking().Where(r => r.CustomerId == customer.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            satisfactionSurveys = await db.SatisfactionSurveys.AsNoTracking().Where(r => r.CustomerId == customer.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            feedback = await db.Feedback.AsNoTracking().Where(r => r.CustomerId == customer.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            winBackAttempts = await db.WinBackAttempts.AsNoTracking().Where(r => r.CustomerId == customer.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            auditTrail = (await db.AuditEntries.AsNoTracking().Where(a => a.CustomerId == customer.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
                .OrderBy(a => a.OccurredAt).Select(a => new { a.OccurredAt, a.ActorId, a.EntityType, a.EntityId, a.Action, changes = JsonDocument.Parse(a.Changes).RootElement }),
        };
        return JsonSerializer.Serialize(document, Json);
    }
}
