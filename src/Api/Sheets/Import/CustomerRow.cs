using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>A row of the 客户信息表 read into domain values, not yet checked by the domain.</summary>
public sealed record CustomerRow(
    string Name,
    CustomerKind Kind,
    CustomerProfile Profile,
    IReadOnlyList<ContactDetails> Contacts,
    CustomerNeeds? Needs,
    CustomerGrade? Grade,
    IReadOnlyList<string>? Tags,
    string? Owner,
    string? Guide,
    DateTimeOffset? FirstContactAt)
{
    /// <summary>客户评价 and 客户反馈: each becomes a feedback record.</summary>
    public IReadOnlyList<string> Feedback { get; init; } = [];

    /// <summary>购买产品 / 购买日期 / 购买金额: one purchase of the history.</summary>
    public PurchaseCells? Purchase { get; init; }

    /// <summary>最近跟进时间 / 上次跟进: when the team last followed the customer up.</summary>
    public DateTimeOffset? LastFollowUpAt { get; init; }

    /// <summary>
    /// The domain's field names mapped to template columns, so a domain refusal points at the right cell.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> FieldColumns = new Dictionary<string, string>(
        StringComparer.Ordinal)
    {
        ["name"] = "name",
        ["phone"] = "phone",
        ["email"] = "email",
        ["weChat"] = "weChat",
        ["address"] = "address",
        ["gender"] = "gender",
        ["birthday"] = "birthday",
        ["occupation"] = "occupation",
        ["industry"] = "industry",
        ["foundedOn"] = "foundedOn",
        ["customSource"] = "source",
        ["source"] = "source",
        ["firstContactAt"] = "firstContactAt",
        ["needs.budgetMin"] = "budget",
        ["needs.budgetMax"] = "budget",
        ["needs.currency"] = "budget",
        ["needs.product"] = "product",
        ["needs.description"] = "needsDescription",
        ["tags"] = "tags",
        ["reason"] = "grade",
        ["supervisorGuideId"] = "guide",
        ["contact.name"] = "contact",
        ["contact.title"] = "title",
        ["ownerId"] = "owner",
        ["contact.notes"] = "notes",
        ["product"] = "purchaseProduct",
        ["amount"] = "purchaseAmount",
        ["content"] = "feedback",
    };

    /// <summary>
    /// Reads one row; bad cells are collected in <paramref name="cells"/> and the result is null when there are any.
    /// </summary>
    public static CustomerRow? Read(RowCells cells, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var name = cells.Text("name", Customer.NameMaxLength);
        if (name is null && !cells.HasErrors)
        {
            cells.Fail("name", "REQUIRED", "The customer name is empty; every row needs one.", "客户名称为空，每一行都必须填写。");
        }

        var gender = cells.Read("gender", Choices.Gender.Parse);
        var birthday = cells.Read("birthday", CellDates.ParseDate);
        var occupation = cells.Text("occupation", 100);
        var kind = cells.Read("kind", Choices.Kind.Parse)
            ?? (gender is not null || birthday is not null || occupation is not null
                ? CustomerKind.Individual
                : CustomerKind.Organization);
        var (source, customSource) = Source(cells);
        var profile = new CustomerProfile
        {
            Source = source,
            CustomSource = customSource,
            Phone = CellText.ParseNarrow(cells.Text("phone", 50)),
            Email = CellText.ParseNarrow(cells.Text("email", 200)),
            WeChat = cells.Text("weChat", 100),
            Address = cells.Text("address", 500),
            Gender = gender,
            Birthday = birthday,
            Occupation = occupation,
            Industry = cells.Text("industry", 100),
            CompanySize = cells.Text("companySize", 100),
            MainBusiness = cells.Text("mainBusiness", 500),
            Website = cells.Text("website", 200),
            FoundedOn = cells.Read("foundedOn", CellDates.ParseDate),
            Preferences = cells.Text("preferences", 2000),
            Personality = cells.Text("personality", 2000),
            SpecialNeeds = cells.Text("specialNeeds", 2000),
        };
        var notes = cells.Text("notes", 2000);
        var contacts = ReadContacts(cells, profile, notes);
        var budget = cells.Read("budget", CellAmounts.ParseRange);
        var product = cells.Text("product", 200);
        var expected = cells.Read("expectedCloseOn", CellDates.ParseDate);
        var description = cells.Text("needsDescription", 2000);
        if (notes is not null && contacts.Count == 0)
        {
            // No contact to carry the 备注: it joins the needs description, labelled, rather than being lost.
            description = description is null ? "备注：" + notes : description + "\n备注：" + notes;
        }

        var needs = budget is null && product is null && expected is null && description is null
            ? null
            : new CustomerNeeds(
                product, budget?.Min, budget?.Max, budget?.Currency ?? "CNY", expected, DecisionChain.Unknown,
                description);
        var grade = cells.Read("grade", Choices.Grade.Parse);
        var tags = cells.Has("tags") ? cells.Read("tags", CellText.ParseList) : null;
        var owner = cells.Text("owner", 100);
        var guide = cells.Text("guide", 100);
        var firstContact = cells.Read("firstContactAt", t => CellDates.ParseInstant(t, zone));
        var feedback = new[] { cells.Text("evaluation", 4000), cells.Text("feedback", 4000) }.OfType<string>().ToList();
        var purchase = PurchaseCells.Read(cells);
        var lastFollowUp = cells.Read("lastFollowUpAt", t => CellDates.ParseInstant(t, zone));
        return cells.HasErrors || name is null
            ? null
            : new CustomerRow(name, kind, profile, contacts, needs, grade, tags, owner, guide, firstContact)
            {
                Feedback = feedback,
                Purchase = purchase,
                LastFollowUpAt = lastFollowUp,
            };
    }

    /// <summary>
    /// 联系人 and 关键决策人: the latter holds 是/否 about the contact, or the key decision maker's own name, who becomes
    /// (or, being the contact, flags) the contact marked key decision maker. 备注 goes on the first contact.
    /// </summary>
    private static List<ContactDetails> ReadContacts(RowCells cells, CustomerProfile profile, string? notes)
    {
        var contactName = cells.Text("contact", 100);
        var title = cells.Text("title", 100);
        var keyText = cells.Text("keyDecisionMaker", 100);
        bool? isKey = null;
        string? keyName = null;
        if (keyText is not null)
        {
            try
            {
                isKey = CellText.ParseYesNo(keyText);
            }
            catch (CellException)
            {
                keyName = keyText;
            }
        }

        var contacts = new List<ContactDetails>();
        if (contactName is not null)
        {
            var key = isKey ?? string.Equals(keyName, contactName, StringComparison.Ordinal);
            contacts.Add(
                new ContactDetails(contactName, title, profile.Phone, profile.Email, profile.WeChat, null, notes, key));
        }

        if (keyName is not null && !string.Equals(keyName, contactName, StringComparison.Ordinal))
        {
            contacts.Add(
                new ContactDetails(keyName, null, null, null, null, null, contacts.Count == 0 ? notes : null, true));
        }

        return contacts;
    }

    // A source that is none of the built-in ones is taken as one of the team's own sources (the domain checks it
    // exists).
    private static (CustomerSource Source, string? Custom) Source(RowCells cells)
    {
        var text = cells.Text("source", 50);
        if (text is null)
        {
            return (CustomerSource.Other, null);
        }

        try
        {
            return (Choices.Source.Parse(text)!.Value, null);
        }
        catch (CellException)
        {
            return (CustomerSource.Custom, text);
        }
    }
}
