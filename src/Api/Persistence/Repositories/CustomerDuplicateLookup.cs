using CrmGraph.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Persistence.Repositories;

/// <summary>The team's customers sharing a normalized phone, email or company name (indexed columns).</summary>
public sealed class CustomerDuplicateLookup(CrmDbContext db) : ICustomerDuplicateLookup
{
    public const int MaxCandidates = 20;

    public async Task<IReadOnlyList<DuplicateCandidate>> FindByKeysAsync(Guid teamId, DuplicateProbe probe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (probe.IsEmpty)
        {
            return [];
        }

        return await db.Customers.AsNoTracking()
            .Where(c => c.TeamId == teamId && !c.IsArchived &&
                ((probe.Phone != null && c.NormalizedPhone == probe.Phone) ||
                 (probe.Email != null && c.NormalizedEmail == probe.Email) ||
                 (probe.CompanyName != null && c.NormalizedCompanyName == probe.CompanyName)))
            .OrderBy(c => c.EnteredAt).ThenBy(c => c.Id)
            .Take(MaxCandidates)
            .Select(c => new DuplicateCandidate(c.Id, c.Name, c.NormalizedPhone, c.NormalizedEmail, c.NormalizedCompanyName))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
