using CrmGraph.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Persistence.Repositories;

/// <summary>The team's customers sharing a normalized phone, email or company name (indexed columns).</summary>
public sealed class CustomerDuplicateLookup(CrmDbContext db) : ICustomerDuplicateLookup
{
    public const int MaxCandidates = 20;

    public async Task<IReadOnlyList<DuplicateCandidate>> FindByKeysAsync(
        Guid teamId, DuplicateProbe probe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (probe.IsEmpty)
        {
            return [];
        }

        var rows = await db.Customers.AsNoTracking()
            .Where(c => c.TeamId == teamId && !c.IsArchived &&
                ((probe.Phone != null && c.NormalizedPhone == probe.Phone) ||
                 (probe.Email != null && c.NormalizedEmail == probe.Email) ||
                 (probe.CompanyName != null && c.NormalizedCompanyName == probe.CompanyName)))
            .OrderBy(c => c.EnteredAt).ThenBy(c => c.Id)
            .Take(MaxCandidates)
            // Phone and email are stored as keyed hashes (ADR-024): which key matched is decided in SQL, and the
            // candidate carries the probe's own value for it, so the domain compares like with like.
            .Select(c => new
            {
                c.Id,
                c.Name,
                Phone = probe.Phone != null && c.NormalizedPhone == probe.Phone,
                Email = probe.Email != null && c.NormalizedEmail == probe.Email,
                c.NormalizedCompanyName,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new DuplicateCandidate(
            r.Id, r.Name, r.Phone ? probe.Phone : null, r.Email ? probe.Email : null, r.NormalizedCompanyName))];
    }
}
