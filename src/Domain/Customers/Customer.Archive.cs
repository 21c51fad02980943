using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers.Events;

namespace CrmGraph.Domain.Customers;

/// <summary>Contacts, key dates, potential issues and purchases of the archive.</summary>
public sealed partial class Customer
{
    public const int MaxContacts = 50;

    /// <summary>Adds a contact; marking them key decision maker (关键决策人) unmarks the previous one.</summary>
    public Contact AddContact(Guid contactId, ContactDetails details, Guid actorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var valid = details.Validated();
        EnsureActive();
        if (_contacts.Count >= MaxContacts)
        {
            throw new DomainException(
                "TOO_MANY_CONTACTS", $"A customer may have at most {MaxContacts} contacts.",
                $"每个客户最多 {MaxContacts} 个联系人。", "contacts");
        }

        var contact = new Contact(contactId, valid);
        SingleKeyDecisionMaker(valid.IsKeyDecisionMaker);
        _contacts.Add(contact);
        RefreshDuplicateKeys();
        Raise(new CustomerContactsChanged(Id, actorId, Guard.Utc(now)));
        return contact;
    }

    public void UpdateContact(Guid contactId, ContactDetails details, Guid actorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var valid = details.Validated();
        var contact = FindContact(contactId);
        EnsureActive();
        SingleKeyDecisionMaker(valid.IsKeyDecisionMaker);
        contact.Apply(valid);
        RefreshDuplicateKeys();
        Raise(new CustomerContactsChanged(Id, actorId, Guard.Utc(now)));
    }

    public void RemoveContact(Guid contactId, Guid actorId, DateTimeOffset now)
    {
        var contact = FindContact(contactId);
        EnsureActive();
        _contacts.Remove(contact);
        RefreshDuplicateKeys();
        Raise(new CustomerContactsChanged(Id, actorId, Guard.Utc(now)));
    }

    public Contact? KeyDecisionMaker => _contacts.FirstOrDefault(c => c.IsKeyDecisionMaker);

    public KeyDate AddKeyDate(
        Guid keyDateId, KeyDateKind kind, DateOnly date, string? label, bool? recursYearly, DateTimeOffset now)
    {
        EnsureActive();
        var keyDate = new KeyDate(keyDateId, kind, date, label, recursYearly);
        _keyDates.Add(keyDate);
        Raise(new KeyDatesChanged(Id, Guard.Utc(now)));
        return keyDate;
    }

    public void RemoveKeyDate(Guid keyDateId, DateTimeOffset now)
    {
        var keyDate = _keyDates.FirstOrDefault(k => k.Id == keyDateId) ?? throw NotFound(
            "keyDateId", "key date", "重要日期");
        EnsureActive();
        _keyDates.Remove(keyDate);
        Raise(new KeyDatesChanged(Id, Guard.Utc(now)));
    }

    public PotentialIssue RecordPotentialIssue(
        Guid issueId, string description, string? analysis, string? solution, IssueStatus status, DateTimeOffset now)
    {
        EnsureActive();
        var issue = new PotentialIssue(issueId, description, analysis, solution, status);
        _issues.Add(issue);
        Raise(new PotentialIssueRecorded(Id, issueId, Guard.Utc(now)));
        return issue;
    }

    /// <summary>Records the analysis, solution and status of a potential issue as it is worked on.</summary>
    public void UpdatePotentialIssue(
        Guid issueId, string? analysis, string? solution, IssueStatus status, DateTimeOffset now)
    {
        var issue = _issues.FirstOrDefault(i => i.Id == issueId) ?? throw NotFound(
            "issueId", "potential issue", "潜在问题");
        EnsureActive();
        issue.Update(analysis, solution, status);
        Raise(new PotentialIssueRecorded(Id, issueId, Guard.Utc(now)));
    }

    public Purchase RecordPurchase(
        Guid purchaseId, string product, DateOnly purchasedOn, decimal amount, string? currency, DateTimeOffset now)
    {
        EnsureActive();
        var purchase = new Purchase(purchaseId, product, purchasedOn, amount, currency);
        _purchases.Add(purchase);
        Raise(new PurchaseRecorded(Id, purchaseId, amount, Guard.Utc(now)));
        return purchase;
    }

    private void SingleKeyDecisionMaker(bool newOneIsKey)
    {
        if (!newOneIsKey)
        {
            return;
        }

        foreach (var other in _contacts.Where(c => c.IsKeyDecisionMaker))
        {
            other.Apply(new ContactDetails(
                other.Name, other.Title, other.Phone, other.Email, other.WeChat, other.Address, other.Notes, false));
        }
    }

    private Contact FindContact(Guid contactId) =>
        _contacts.FirstOrDefault(c => c.Id == contactId) ?? throw NotFound("contactId", "contact", "联系人");

    private static DomainException NotFound(string field, string what, string chinese) =>
        new("NOT_FOUND", $"The customer has no such {what}.", $"该客户没有这个{chinese}。", field);
}
