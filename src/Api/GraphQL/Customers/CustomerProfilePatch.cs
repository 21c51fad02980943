using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>
/// <c>updateCustomer</c> patches: a field left out keeps its value, a field sent as null clears it, a value replaces it.
/// The fields are those of <see cref="CustomerProfile"/>, described as in <see cref="CreateCustomerInputType"/>.
/// </summary>
public static class CustomerProfilePatch
{
    public static InputFields ProfileFields(this InputFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return fields
            .Text("name", "客户名称; leave out to keep.")
            .Choice("source", "CustomerSource", "Customer source. 客户来源。", required: false).Text("customSource", "One of the team's own sources, when `source` is CUSTOM. `source` 为 CUSTOM 时，填写团队自定义客户来源之一。")
            .Text("phone", "Phone. 电话。").Text("email", "Email. 邮箱。").Text("weChat", "WeChat. 微信。").Text("address", "Address. 地址。")
            .Choice("gender", "Gender", "Individual customer: gender. 个人客户：性别。", required: false).Date("birthday", "Individual customer: birthday. 个人客户：生日。").Text("occupation", "Individual customer: occupation. 个人客户：职业。")
            .Text("industry", "Organization: industry. 企业客户：行业。").Text("companySize", "Organization: company size. 企业客户：规模。").Text("mainBusiness", "Organization: main business. 企业客户：主营业务。")
            .Text("website", "Organization: website. 企业客户：网站。").Date("foundedOn", "Organization: founding date. 企业客户：成立日期。")
            .Text("preferences", "Preferences and habits. 偏好和习惯。").Text("personality", "Personality notes. 性格特点。").Text("specialNeeds", "Special needs. 特殊需求。");
    }

    public static CustomerProfile Apply(CustomerProfile current, InputValues input)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(input);
        return current with
        {
            Source = input.Has("source") ? input.Choice<CustomerSource>("source") ?? CustomerSource.Other : current.Source,
            CustomSource = Text(input, "customSource", current.CustomSource),
            Phone = Text(input, "phone", current.Phone),
            Email = Text(input, "email", current.Email),
            WeChat = Text(input, "weChat", current.WeChat),
            Address = Text(input, "address", current.Address),
            Gender = input.Has("gender") ? input.Choice<Gender>("gender") : current.Gender,
            Birthday = input.Has("birthday") ? input.Date("birthday") : current.Birthday,
            Occupation = Text(input, "occupation", current.Occupation),
            Industry = Text(input, "industry", current.Industry),
            CompanySize = Text(input, "companySize", current.CompanySize),
            MainBusiness = Text(input, "mainBusiness", current.MainBusiness),
            Website = Text(input, "website", current.Website),
            FoundedOn = input.Has("foundedOn") ? input.Date("foundedOn") : current.FoundedOn,
            Preferences = Text(input, "preferences", current.Preferences),
            Personality = Text(input, "personality", current.Personality),
            SpecialNeeds = Text(input, "specialNeeds", current.SpecialNeeds),
        };
    }

    private static string? Text(InputValues input, string field, string? current) => input.Has(field) ? input.Text(field) : current;
}
