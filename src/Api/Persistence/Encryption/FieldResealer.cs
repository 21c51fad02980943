using CrmGraph.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Persistence.Encryption;

/// <summary>
/// Rewrites every sealed field with the active key and every search hash with the current search key: after
/// upgrading a database written before encryption, and after a key rotation (then the old key may be removed).
/// Works in batches with a fresh context each, writing neither audit entries nor new versions (nothing changed for
/// the people using the data).
/// </summary>
public sealed class FieldResealer(IServiceScopeFactory scopes, ILogger<FieldResealer> logger)
{
    public const int BatchSize = 500;

    public async Task<int> ResealAllAsync(CancellationToken cancellationToken)
    {
        List<Guid> ids;
        await using (var scope = scopes.CreateAsyncScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<CrmDbContext>().Customers.Select(c => c.Id)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
        }

        foreach (var chunk in ids.Chunk(BatchSize))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            db.Maintenance = true;
            var batch = await db.Customers.Where(c => chunk.Contains(c.Id))
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            foreach (var customer in batch)
            {
                customer.RefreshDuplicateKeys();
                MarkSealedFieldsModified(db, customer);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        logger.LogInformation("Resealed the personal data of {Count} customers with the active key.", ids.Count);
        return ids.Count;
    }

    private static void MarkSealedFieldsModified(CrmDbContext db, Customer customer)
    {
        var entry = db.Entry(customer);
        var profile = entry.ComplexProperty(c => c.Profile);
        foreach (var name in new[] { nameof(CustomerProfile.Phone), nameof(CustomerProfile.Email), nameof(
            CustomerProfile.WeChat), nameof(CustomerProfile.Address), nameof(CustomerProfile.Birthday) })
        {
            profile.Property(name).IsModified = true;
        }

        entry.Property(c => c.NormalizedPhone).IsModified = true;
        entry.Property(c => c.NormalizedEmail).IsModified = true;
        foreach (var contact in customer.Contacts)
        {
            var contactEntry = db.Entry(contact);
            foreach (var name in new[] { nameof(Contact.Phone), nameof(Contact.Email), nameof(Contact.WeChat), nameof(
                Contact.Address) })
            {
                contactEntry.Property(name).IsModified = true;
            }
        }
    }
}
