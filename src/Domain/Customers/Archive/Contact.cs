using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Customers;

/// <summary>联系人: a person at the customer; one may be the key decision maker (关键决策人).</summary>
public sealed class Contact
{
    // Only for EF.
    private Contact()
    {
        Name = string.Empty;
    }

    internal Contact(Guid id, ContactDetails details)
    {
        Id = id;
        Name = details.Name;
        Apply(details);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string? Title { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public string? WeChat { get; private set; }

    public string? Address { get; private set; }

    public string? Notes { get; private set; }

    public bool IsKeyDecisionMaker { get; private set; }

    internal void Apply(ContactDetails details)
    {
        Name = details.Name;
        Title = details.Title;
        Phone = details.Phone;
        Email = details.Email;
        WeChat = details.WeChat;
        Address = details.Address;
        Notes = details.Notes;
        IsKeyDecisionMaker = details.IsKeyDecisionMaker;
    }
}

/// <summary>The editable details of a contact, validated once.</summary>
public sealed record ContactDetails(
    string Name, string? Title, string? Phone, string? Email, string? WeChat, string? Address, string? Notes,
    bool IsKeyDecisionMaker)
{
    public ContactDetails Validated()
    {
        var phone = Guard.OptionalText(Phone, "phone", 40, "电话");
        if (phone is not null && DuplicateKeys.Phone(phone) is null)
        {
            throw new DomainException(
                "INVALID_PHONE", $"'{Phone}' is not a phone number.", $"“{Phone}”不是有效的电话号码。", "phone");
        }

        var email = Guard.OptionalText(Email, "email", 200, "邮箱");
        if (email is not null && DuplicateKeys.Email(email) is null)
        {
            throw new DomainException(
                "INVALID_EMAIL", $"'{Email}' is not an email address.", $"“{Email}”不是有效的邮箱地址。", "email");
        }

        return this with
        {
            Name = Guard.RequiredText(Name, "name", 100, "联系人姓名"),
            Title = Guard.OptionalText(Title, "title", 100, "职务"),
            Phone = phone,
            Email = email,
            WeChat = Guard.OptionalText(WeChat, "weChat", 100, "微信"),
            Address = Guard.OptionalText(Address, "address", 500, "地址"),
            Notes = Guard.OptionalText(Notes, "notes", 2000, "备注"),
        };
    }
}
