using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers.Events;

namespace CrmGraph.Domain.Customers;

/// <summary>
/// A customer in the archive (客户档案), owned by a salesperson of one team (or by nobody while in the team pool).
/// The lifecycle, grading and archive rules live in the partial files beside this one.
/// </summary>
public sealed partial class Customer : AggregateRoot
{
    public const int NameMaxLength = 200;
    public const int MaxTags = 20;
    private readonly List<Contact> _contacts = [];
    private readonly List<string> _tags = [];
    private readonly List<KeyDate> _keyDates = [];
    private readonly List<PotentialIssue> _issues = [];
    private readonly List<Purchase> _purchases = [];
    private readonly List<StageChange> _stageHistory = [];
    private readonly List<GradeChange> _gradeHistory = [];

    // Only for EF.
    private Customer()
    {
        Name = string.Empty;
        Profile = CustomerProfile.Empty;
        Needs = CustomerNeeds.None;
    }

    private Customer(
        Guid id, Guid teamId, Guid ownerId, CustomerKind kind, string name, DateTimeOffset firstContactAt,
        DateTimeOffset now, CustomerProfile profile)
    {
        Id = id;
        TeamId = teamId;
        OwnerId = ownerId;
        Kind = kind;
        Name = name;
        FirstContactAt = firstContactAt;
        EnteredAt = now;
        Profile = profile;
        Needs = CustomerNeeds.None;
        Stage = LifecycleStage.Prospect;
        ReclaimClock = ReclaimClock.StartAt(now, false);
        RefreshDuplicateKeys();
    }

    public Guid TeamId { get; private set; }

    /// <summary>The salesperson responsible (负责人); null while the customer is in the team pool (公海).</summary>
    public Guid? OwnerId { get; private set; }

    /// <summary>
    /// Who a new record of this customer (plan, deal, service, care, feedback …) belongs to: its owner, or the acting
    /// user when the customer has none (in the pool).
    /// </summary>
    public Guid OwnerOr(Guid actingUserId) => OwnerId ?? actingUserId;

    public CustomerKind Kind { get; private set; }

    public string Name { get; private set; }

    public CustomerProfile Profile { get; private set; }

    public CustomerNeeds Needs { get; private set; }

    public CustomerEvaluation? Evaluation { get; private set; }

    /// <summary>When the salesperson first met the customer (首次接触时间).</summary>
    public DateTimeOffset FirstContactAt { get; private set; }

    /// <summary>When the record was entered (录入时间); at most 24 hours after first contact by rule.</summary>
    public DateTimeOffset EnteredAt { get; private set; }

    /// <summary>When the contact details were last confirmed (联系方式核对时间); null if never.</summary>
    public DateTimeOffset? ContactVerifiedAt { get; private set; }

    public bool IsArchived { get; private set; }

    public string? NormalizedPhone { get; private set; }

    public string? NormalizedEmail { get; private set; }

    public string? NormalizedCompanyName { get; private set; }

    public IReadOnlyCollection<Contact> Contacts => _contacts;

    public IReadOnlyCollection<string> Tags => _tags;

    public IReadOnlyCollection<KeyDate> KeyDates => _keyDates;

    public IReadOnlyCollection<PotentialIssue> Issues => _issues;

    public IReadOnlyCollection<Purchase> Purchases => _purchases;

    /// <summary>Registers a customer met at <paramref name="firstContactAt"/> (defaults to now).</summary>
    public static Customer Register(
        Guid id,
        Guid teamId,
        Guid ownerId,
        CustomerKind kind,
        string name,
        DateTimeOffset? firstContactAt,
        DateTimeOffset now,
        CustomerProfile? profile = null,
        IReadOnlyCollection<string>? teamSources = null)
    {
        var customerName = Guard.RequiredText(name, "name", NameMaxLength, "客户名称");
        var enteredAt = Guard.Utc(now);
        var firstContact = Guard.Utc(firstContactAt ?? now);
        if (firstContact > enteredAt)
        {
            throw new DomainException(
                "FIRST_CONTACT_IN_FUTURE",
                "'firstContactAt' cannot be later than the time of entry.",
                "首次接触时间不能晚于录入时间。",
                "firstContactAt");
        }

        var validProfile = (profile ?? CustomerProfile.Empty)
            .Validated(kind, teamSources ?? [], DateOnly.FromDateTime(enteredAt.UtcDateTime.AddDays(1)));
        var customer = new Customer(id, teamId, ownerId, kind, customerName, firstContact, enteredAt, validProfile);
        customer._stageHistory.Add(
            new StageChange(null, LifecycleStage.Prospect, StageTrigger.Manual, null, ownerId, enteredAt));
        customer.Raise(new CustomerRegistered(id, teamId, ownerId, enteredAt));
        return customer;
    }

    /// <summary>True when the record was entered later than the team's deadline after first contact (录入超时).</summary>
    public bool WasEnteredLate(int entryDeadlineHours) =>
        EnteredAt - FirstContactAt > TimeSpan.FromHours(entryDeadlineHours);

    /// <summary>Renames the customer and replaces the descriptive profile.</summary>
    public void UpdateProfile(
        string name, CustomerProfile profile, IReadOnlyCollection<string> teamSources, Guid actorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var customerName = Guard.RequiredText(name, "name", NameMaxLength, "客户名称");
        var validProfile = profile.Validated(Kind, teamSources, DateOnly.FromDateTime(now.UtcDateTime.AddDays(1)));
        EnsureActive();
        Name = customerName;
        Profile = validProfile;
        RefreshDuplicateKeys();
        Raise(new CustomerProfileUpdated(Id, actorId, Guard.Utc(now)));
    }

    /// <summary>Records what the customer needs (客户需求).</summary>
    public void RecordNeeds(CustomerNeeds needs, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(needs);
        var valid = needs.Validated();
        EnsureActive();
        Needs = valid;
        Raise(new CustomerNeedsRecorded(Id, Guard.Utc(now)));
    }

    /// <summary>Replaces the tags (标签); blank and duplicate tags are dropped, at most <see cref="MaxTags"/>.</summary>
    public void Tag(IEnumerable<string> tags, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var clean = tags.Select(t => t?.Trim()).Where(
            t => !string.IsNullOrEmpty(t)).Select(t => Guard.RequiredText(t, "tags", 30, "标签")).Distinct().ToList();
        if (clean.Count > MaxTags)
        {
            throw new DomainException(
                "TOO_MANY_TAGS", $"A customer may carry at most {MaxTags} tags.", $"每个客户最多 {MaxTags} 个标签。", "tags");
        }

        EnsureActive();
        _tags.Clear();
        _tags.AddRange(clean);
        Raise(new CustomerTagsChanged(Id, clean, Guard.Utc(now)));
    }

    /// <summary>The salesperson confirmed the contact details are current (每周核对联系方式).</summary>
    public void VerifyContactDetails(Guid actorId, DateTimeOffset now)
    {
        EnsureActive();
        ContactVerifiedAt = Guard.Utc(now);
        Raise(new ContactDetailsVerified(Id, actorId, ContactVerifiedAt.Value));
    }

    public bool ContactVerificationIsStale(int staleDays, DateTimeOffset now) =>
        now - (ContactVerifiedAt ?? EnteredAt) >= TimeSpan.FromDays(staleDays);

    public void Archive(Guid actorId, DateTimeOffset now)
    {
        EnsureActive();
        IsArchived = true;
        Raise(new CustomerArchived(Id, actorId, Guard.Utc(now)));
    }

    public void Restore(Guid actorId, DateTimeOffset now)
    {
        if (!IsArchived)
        {
            throw new DomainException("NOT_ARCHIVED", "The customer is not archived.", "该客户未归档。");
        }

        if (IsErased)
        {
            throw new DomainException("ERASED_NOT_RESTORABLE", "The customer's personal data was erased; the record " +
                "stays archived.", "该客户的个人信息已删除，记录保持归档。");
        }

        if (MergedIntoId is not null)
        {
            throw new DomainException("MERGED_NOT_RESTORABLE", "The customer was merged into another; work with that " +
                "one.", "该客户已合并到其他客户，请使用合并后的客户。");
        }

        IsArchived = false;
        Raise(new CustomerRestored(Id, actorId, Guard.Utc(now)));
    }

    private void EnsureActive()
    {
        if (IsArchived)
        {
            throw new DomainException(
                "CUSTOMER_ARCHIVED", "The customer is archived; restore it before changing it.", "该客户已归档，请先恢复再修改。");
        }
    }

    /// <summary>
    /// Recomputes the duplicate keys from the name, profile and contacts (storage may hold them only as hashes); a
    /// merged or erased record has none.
    /// </summary>
    public void RefreshDuplicateKeys()
    {
        if (MergedIntoId is not null || IsErased)
        {
            NormalizedPhone = NormalizedEmail = NormalizedCompanyName = null;
            return;
        }

        NormalizedPhone = DuplicateKeys.Phone(Profile.Phone) ?? _contacts.Select(c => DuplicateKeys.Phone(c.Phone))
            .FirstOrDefault(p => p is not null);
        NormalizedEmail = DuplicateKeys.Email(Profile.Email) ?? _contacts.Select(c => DuplicateKeys.Email(c.Email))
            .FirstOrDefault(e => e is not null);
        NormalizedCompanyName = Kind == CustomerKind.Organization ? DuplicateKeys.CompanyName(Name) : null;
    }
}
