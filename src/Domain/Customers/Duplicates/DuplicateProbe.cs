namespace CrmGraph.Domain.Customers;

/// <summary>
/// The normalized keys a new or changed record is checked by (查重): the phone, email and (for organizations)
/// company name as <see cref="DuplicateKeys"/> normalizes them. A repository looks these up in the same team.
/// </summary>
public sealed record DuplicateProbe(string? Phone, string? Email, string? CompanyName)
{
    public bool IsEmpty => Phone is null && Email is null && CompanyName is null;

    /// <summary>The keys of a customer about to be registered, from its name, kind and profile.</summary>
    public static DuplicateProbe ForNew(CustomerKind kind, string name, CustomerProfile? profile) => new(
        DuplicateKeys.Phone(profile?.Phone),
        DuplicateKeys.Email(profile?.Email),
        kind == CustomerKind.Organization ? DuplicateKeys.CompanyName(name) : null);

    /// <summary>The keys of an existing customer, as stored on it.</summary>
    public static DuplicateProbe Of(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return new(customer.NormalizedPhone, customer.NormalizedEmail, customer.NormalizedCompanyName);
    }
}

/// <summary>An existing customer of the team, as the duplicate lookup returns it.</summary>
public sealed record DuplicateCandidate(
    Guid CustomerId, string Name, string? NormalizedPhone, string? NormalizedEmail, string? NormalizedCompanyName);

/// <summary>One existing customer that shares a key with the probe.</summary>
public sealed record DuplicateMatch(Guid CustomerId, string Name, DuplicateKeyKind Key);
