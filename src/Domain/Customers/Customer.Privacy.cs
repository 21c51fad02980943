using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers.Events;

namespace CrmGraph.Domain.Customers;

/// <summary>Erasing a customer on request (个人信息删除): the person goes, the sales ledger stays.</summary>
public sealed partial class Customer
{
    /// <summary>When the customer's personal data was erased; the record stays, anonymous, for the ledger.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    public bool IsErased => ErasedAt is not null;

    /// <summary>
    /// Removes what identifies or describes the person: name (replaced by a neutral label), contact details and
    /// personal profile, contacts, key dates, tags, potential issues and free-text notes. Kept for the sales ledger and
    /// the team's figures: kind, source, industry and size, stage and grade with their history, needs and evaluation
    /// scores, purchases and deals. The record is archived and cannot be restored or merged.
    /// </summary>
    public void Erase(Guid actorId, DateTimeOffset now)
    {
        if (IsErased)
        {
            throw new DomainException(
                "ALREADY_ERASED", "The customer's personal data was already erased.", "该客户的个人信息已删除。", "customerId");
        }

        Name = $"已删除客户 {Id.ToString("N")[..8]}";
        Profile = CustomerProfile.Empty with
        {
            Source = Profile.Source,
            CustomSource = Profile.CustomSource,
            Industry = Profile.Industry,
            CompanySize = Profile.CompanySize,
        };
        _contacts.Clear();
        _keyDates.Clear();
        _tags.Clear();
        _issues.Clear();
        MaintenanceStrategy = null;
        CooperationResults = null;
        ClosedReason = null;
        IsArchived = true;
        ErasedAt = Guard.Utc(now);
        RefreshDuplicateKeys();
        Raise(new CustomerErased(Id, actorId, ErasedAt.Value));
    }
}
