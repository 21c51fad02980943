using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Domain.Customers;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Customers;

public sealed class CreateCustomerInput
{
    public string Name { get; init; } = string.Empty;

    public CustomerKind Kind { get; init; }

    public DateTimeOffset? FirstContactAt { get; init; }

    public string? OwnerId { get; init; }

    public string? IdempotencyKey { get; init; }

    /// <summary>Create even though likely duplicates exist (the caller has looked at them).</summary>
    public bool CreateAnyway { get; init; }

    public CustomerSource? Source { get; init; }

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

    public string? Preferences { get; init; }

    public string? Personality { get; init; }

    public string? SpecialNeeds { get; init; }

    public CustomerProfile Profile() => new()
    {
        Source = Source ?? CustomerSource.Other,
        CustomSource = CustomSource,
        Phone = Phone,
        Email = Email,
        WeChat = WeChat,
        Address = Address,
        Gender = Gender,
        Birthday = Birthday,
        Occupation = Occupation,
        Industry = Industry,
        CompanySize = CompanySize,
        MainBusiness = MainBusiness,
        Website = Website,
        FoundedOn = FoundedOn,
        Preferences = Preferences,
        Personality = Personality,
        SpecialNeeds = SpecialNeeds,
    };
}

public sealed class CreateCustomerInputType : InputObjectGraphType<CreateCustomerInput>
{
    public CreateCustomerInputType()
    {
        Name = "CreateCustomerInput";
        Description = "A new customer for the archive. 新建客户。";
        Field(x => x.Name).Description("Person or company name. 客户名称。");
        Field(x => x.Kind, type: typeof(NonNullGraphType<CustomerKindType>))
            .Description("Customer kind: individual or organization. 客户类型。");
        Field(x => x.FirstContactAt, type: typeof(DateTimeScalar)).Description("When you first met the customer; " +
            "defaults to now. 首次接触时间 (entered more than 24 h later counts as a late entry).");
        Field(x => x.OwnerId, type: typeof(IdGraphType)).Description("The responsible salesperson; defaults to you. " +
            "Supervisors may assign within their team, admins to anyone. 负责人。");
        Field(x => x.IdempotencyKey, nullable: true).Description("A key of your choosing (e.g. a UUID): retrying " +
            "with the same key and input returns the same customer instead of a second one. 幂等键。");
        Field(x => x.CreateAnyway).DefaultValue(false).Description(
            "Create even when a customer of the team has the same phone, email or company name. 忽略查重。");
        Field(x => x.Source, type: typeof(CustomerSourceType)).Description("客户来源, default OTHER.");
        Field(x => x.CustomSource, nullable: true)
            .Description("One of the team's own sources, when `source` is CUSTOM. `source` 为 CUSTOM 时，填写团队自定义客户来源之一。");
        Field(x => x.Phone, nullable: true).Description("Phone. 电话。");
        Field(x => x.Email, nullable: true).Description("Email. 邮箱。");
        Field(x => x.WeChat, nullable: true).Description("WeChat. 微信。");
        Field(x => x.Address, nullable: true).Description("Address. 地址。");
        Field(x => x.Gender, type: typeof(GenderType)).Description("Individual customer: gender. 个人客户：性别。");
        Field(x => x.Birthday, type: typeof(DateScalar)).Description("Individual customer: birthday. 个人客户：生日。");
        Field(x => x.Occupation, nullable: true).Description("Individual customer: occupation. 个人客户：职业。");
        Field(x => x.Industry, nullable: true).Description("Organization: industry. 企业客户：行业。");
        Field(x => x.CompanySize, nullable: true).Description("Organization: company size. 企业客户：规模。");
        Field(x => x.MainBusiness, nullable: true).Description("Organization: main business. 企业客户：主营业务。");
        Field(x => x.Website, nullable: true).Description("Organization: website. 企业客户：网站。");
        Field(x => x.FoundedOn, type: typeof(DateScalar)).Description("Organization: founding date. 企业客户：成立日期。");
        Field(x => x.Preferences, nullable: true).Description("Preferences and habits. 偏好和习惯。");
        Field(x => x.Personality, nullable: true).Description("Personality notes. 性格特点。");
        Field(x => x.SpecialNeeds, nullable: true).Description("Special needs. 特殊需求。");
    }
}
