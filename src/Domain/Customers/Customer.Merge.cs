using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers.Events;

namespace CrmGraph.Domain.Customers;

/// <summary>Merging a duplicate record into this one (合并重复客户).</summary>
public sealed partial class Customer
{
    /// <summary>The customer this record was merged into; the record stays, archived, with its own history.</summary>
    public Guid? MergedIntoId { get; private set; }

    /// <summary>
    /// Takes over the duplicate's archive: its contacts, key dates, potential issues and purchases are copied (new
    /// ids), tags and shares are united, blank contact fields and empty needs or evaluation are filled from it, and its
    /// owner keeps sight of the customer through a share. The duplicate stays, archived and pointing here, so its stage
    /// and grade history remain readable.
    /// </summary>
    internal void Absorb(Customer duplicate, Func<Guid> newId, Guid actorId, DateTimeOffset now)
    {
        CheckMergeable(duplicate);
        var tags = _tags.Union(duplicate._tags).ToList();
        if (tags.Count > MaxTags)
        {
            throw new DomainException(
                "TOO_MANY_TAGS",
                $"Together the two customers carry {tags.Count} tags; at most {MaxTags} are allowed. Remove some " +
                "first.",
                $"合并后共有 {tags.Count} 个标签，最多 {MaxTags} 个，请先删减。", "duplicateId");
        }

        if (_contacts.Count + duplicate._contacts.Count > MaxContacts)
        {
            throw new DomainException("TOO_MANY_CONTACTS", $"Together the two customers have more than {MaxContacts} " +
                "contacts. Remove some first.", $"合并后联系人超过 {MaxContacts} 个，请先删减。", "duplicateId");
        }

        var hasKeyDecisionMaker = KeyDecisionMaker is not null;
        foreach (var contact in duplicate._contacts)
        {
            _contacts.Add(new Contact(newId(), new ContactDetails(
                contact.Name, contact.Title, contact.Phone, contact.Email, contact.WeChat, contact.Address,
                contact.Notes, contact.IsKeyDecisionMaker && !hasKeyDecisionMaker)));
        }

        _keyDates.AddRange(
            duplicate._keyDates.Select(k => new KeyDate(newId(), k.Kind, k.Date, k.Label, k.RecursYearly)));
        _issues.AddRange(duplicate._issues.Select(
            i => new PotentialIssue(newId(), i.Description, i.Analysis, i.Solution, i.Status)));
        _purchases.AddRange(
            duplicate._purchases.Select(p => new Purchase(newId(), p.Product, p.PurchasedOn, p.Amount, p.Currency)));
        _tags.Clear();
        _tags.AddRange(tags);
        var sharedWith = _sharedWith.Union(duplicate._sharedWith).Append(duplicate.OwnerId ?? Guid.Empty).Where(
            u => u != Guid.Empty && u != OwnerId).Distinct().Take(MaxSharedWith).ToList();
        _sharedWith.Clear();
        _sharedWith.AddRange(sharedWith);
        Profile = Profile with
        {
            Phone = Profile.Phone ?? duplicate.Profile.Phone,
            Email = Profile.Email ?? duplicate.Profile.Email,
            WeChat = Profile.WeChat ?? duplicate.Profile.WeChat,
            Address = Profile.Address ?? duplicate.Profile.Address,
            Preferences = Profile.Preferences ?? duplicate.Profile.Preferences,
            Personality = Profile.Personality ?? duplicate.Profile.Personality,
            SpecialNeeds = Profile.SpecialNeeds ?? duplicate.Profile.SpecialNeeds,
        };
        Needs = Needs == CustomerNeeds.None ? duplicate.Needs : Needs;
        Evaluation ??= duplicate.Evaluation;
        RefreshDuplicateKeys();
        duplicate.MarkMergedInto(Id, actorId, now);
        Raise(new CustomersMerged(Id, duplicate.Id, actorId, Guard.Utc(now)));
    }

    private void CheckMergeable(Customer duplicate)
    {
        ArgumentNullException.ThrowIfNull(duplicate);
        if (duplicate.Id == Id)
        {
            throw new DomainException(
                "MERGE_INTO_ITSELF", "A customer cannot be merged into itself.", "不能将客户合并到自身。", "duplicateId");
        }

        if (duplicate.TeamId != TeamId)
        {
            throw new DomainException(
                "MERGE_ACROSS_TEAMS", "Only customers of the same team can be merged.", "只能合并同一团队的客户。", "duplicateId");
        }

        if (duplicate.IsErased || IsErased)
        {
            throw new DomainException(
                "ERASED_NOT_MERGEABLE", "An erased customer cannot be merged.", "已删除个人信息的客户不能合并。",
                IsErased ? "customerId" : "duplicateId");
        }

        if (duplicate.MergedIntoId is not null || MergedIntoId is not null)
        {
            throw new DomainException(
                "ALREADY_MERGED", "One of the two customers was already merged into another.", "其中一个客户已被合并。",
                MergedIntoId is null ? "duplicateId" : "customerId");
        }

        EnsureActive();
    }

    private void MarkMergedInto(Guid survivorId, Guid actorId, DateTimeOffset now)
    {
        MergedIntoId = survivorId;
        IsArchived = true;
        RefreshDuplicateKeys();
        Raise(new CustomerArchived(Id, actorId, Guard.Utc(now)));
    }
}
