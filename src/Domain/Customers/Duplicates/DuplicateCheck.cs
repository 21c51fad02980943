using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Customers;

/// <summary>
/// 查重: duplicates (same phone, email or company name) are detected before a second record is made. The caller
/// loads the candidates with <see cref="ICustomerDuplicateLookup"/>; this decides which match and refuses.
/// </summary>
public static class DuplicateCheck
{
    /// <summary>
    /// The candidates that share a key with the probe, each with the first key it shares (phone, email, company).
    /// </summary>
    public static IReadOnlyList<DuplicateMatch> Matches(
        DuplicateProbe probe, IEnumerable<DuplicateCandidate> candidates, Guid? exceptCustomerId = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(candidates);
        var matches = new List<DuplicateMatch>();
        foreach (var candidate in candidates.Where(c => c.CustomerId != exceptCustomerId).DistinctBy(c => c.CustomerId))
        {
            DuplicateKeyKind? key =
                Same(probe.Phone, candidate.NormalizedPhone) ? DuplicateKeyKind.Phone
                : Same(probe.Email, candidate.NormalizedEmail) ? DuplicateKeyKind.Email
                : Same(probe.CompanyName, candidate.NormalizedCompanyName) ? DuplicateKeyKind.CompanyName
                : null;
            if (key is { } shared)
            {
                matches.Add(new DuplicateMatch(candidate.CustomerId, candidate.Name, shared));
            }
        }

        return matches;
    }

    /// <summary>
    /// Refuses when anything matched (DUPLICATE_CUSTOMER), naming the first existing record and the shared key.
    /// </summary>
    public static void EnsureNone(IReadOnlyList<DuplicateMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        if (matches.Count == 0)
        {
            return;
        }

        var first = matches[0];
        var (field, en, zh) = first.Key switch
        {
            DuplicateKeyKind.Phone => ("phone", "phone number", "电话"),
            DuplicateKeyKind.Email => ("email", "email address", "邮箱"),
            _ => ("name", "company name", "公司名称"),
        };
        throw new DomainException(
            "DUPLICATE_CUSTOMER",
            $"'{first.Name}' ({first.CustomerId}) already has this {en}; open that record instead of creating a " +
            "second one.",
            $"客户“{first.Name}”已使用相同的{zh}，请勿重复录入。",
            field);
    }

    private static bool Same(string? probe, string? existing) =>
        probe is not null && string.Equals(probe, existing, StringComparison.Ordinal);
}
