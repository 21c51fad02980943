using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Customers;

/// <summary>
/// The descriptive part of the archive (客户档案): personal fields for individuals, company fields for
/// organizations, the primary contact details, source and soft notes. Everything optional but validated.
/// </summary>
public sealed record CustomerProfile
{
    public static readonly CustomerProfile Empty = new();

    public CustomerSource Source { get; init; } = CustomerSource.Other;

    public string? CustomSource { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? WeChat { get; init; }

    public string? Address { get; init; }

    public Gender? Gender { get; init; }

    public DateOnly? Birthday { get; init; }

    public string? Occupation { get; init; }

    public string? Industry { get; init; }

    public string? CompanySize { get; init; }

    public string? MainBusiness { get; init; }

    public string? Website { get; init; }

    public DateOnly? FoundedOn { get; init; }

    /// <summary>偏好和习惯.</summary>
    public string? Preferences { get; init; }

    /// <summary>性格特点.</summary>
    public string? Personality { get; init; }

    /// <summary>特殊需求.</summary>
    public string? SpecialNeeds { get; init; }

    public CustomerProfile Validated(CustomerKind kind, IReadOnlyCollection<string> teamSources, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(teamSources);
        var contact = new ContactDetails("-", null, Phone, Email, WeChat, Address, null, false).Validated();
        if (kind == CustomerKind.Individual && (Industry ?? CompanySize ?? MainBusiness ?? Website) is not null)
        {
            throw new DomainException("NOT_FOR_INDIVIDUALS", "Industry, size, main business and website describe " +
                "organizations, not individuals.", "行业、规模、主营业务和网站仅适用于企业客户。", "industry");
        }

        if (kind == CustomerKind.Organization && (Gender is not null || Birthday is not null || Occupation is not null))
        {
            throw new DomainException("NOT_FOR_ORGANIZATIONS", "Gender, birthday and occupation describe " +
                "individuals, not organizations.", "性别、生日和职业仅适用于个人客户。", "gender");
        }

        if (Birthday > today || FoundedOn > today)
        {
            throw new DomainException(
                "DATE_IN_FUTURE", "A birthday or founding date cannot be in the future.", "生日或成立日期不能晚于今天。",
                Birthday > today ? "birthday" : "foundedOn");
        }

        var customSource = Guard.OptionalText(CustomSource, "customSource", 50, "自定义来源");
        if (Source == CustomerSource.Custom && (customSource is null || !teamSources.Contains(customSource)))
        {
            throw new DomainException(
                "UNKNOWN_SOURCE",
                $"'{CustomSource}' is not one of the team's sources ({string.Join(", ", teamSources)}); add it in " +
                "the team settings first.",
                $"“{CustomSource}”不是团队已定义的客户来源，请先在团队设置中添加。",
                "customSource");
        }

        return this with
        {
            CustomSource = Source == CustomerSource.Custom ? customSource : null,
            Phone = contact.Phone,
            Email = contact.Email,
            WeChat = contact.WeChat,
            Address = contact.Address,
            Occupation = Guard.OptionalText(Occupation, "occupation", 100, "职业"),
            Industry = Guard.OptionalText(Industry, "industry", 100, "行业"),
            CompanySize = Guard.OptionalText(CompanySize, "companySize", 50, "公司规模"),
            MainBusiness = Guard.OptionalText(MainBusiness, "mainBusiness", 500, "主营业务"),
            Website = Guard.OptionalText(Website, "website", 200, "网站"),
            Preferences = Guard.OptionalText(Preferences, "preferences", 2000, "偏好和习惯"),
            Personality = Guard.OptionalText(Personality, "personality", 2000, "性格特点"),
            SpecialNeeds = Guard.OptionalText(SpecialNeeds, "specialNeeds", 2000, "特殊需求"),
        };
    }
}
