using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Customers;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>
/// The input of <c>updateCustomer</c> (GraphQL: <c>UpdateCustomerInput</c>): a patch, so every field is an
/// <see cref="Optional{T}"/> that tells a field left out (keep) from one sent as null (clear). The fields are those of
/// <see cref="CustomerProfile"/>, described as in <see cref="CreateCustomerInputType"/>.
/// </summary>
public sealed record UpdateCustomerInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("客户名称; leave out to keep.")] Optional<string?> Name,
    [Description("Customer source. 客户来源。")] Optional<CustomerSource?> Source,
    [Description("One of the team's own sources, when `source` is CUSTOM. `source` 为 CUSTOM 时，填写团队自定义客户来源之一。")]
    Optional<string?> CustomSource,
    [Description("Phone. 电话。")] Optional<string?> Phone,
    [Description("Email. 邮箱。")] Optional<string?> Email,
    [Description("WeChat. 微信。")] Optional<string?> WeChat,
    [Description("Address. 地址。")] Optional<string?> Address,
    [Description("Individual customer: gender. 个人客户：性别。")] Optional<Gender?> Gender,
    [Description("Individual customer: birthday. 个人客户：生日。")] Optional<DateOnly?> Birthday,
    [Description("Individual customer: occupation. 个人客户：职业。")] Optional<string?> Occupation,
    [Description("Organization: industry. 企业客户：行业。")] Optional<string?> Industry,
    [Description("Organization: company size. 企业客户：规模。")] Optional<string?> CompanySize,
    [Description("Organization: main business. 企业客户：主营业务。")] Optional<string?> MainBusiness,
    [Description("Organization: website. 企业客户：网站。")] Optional<string?> Website,
    [Description("Organization: founding date. 企业客户：成立日期。")] Optional<DateOnly?> FoundedOn,
    [Description("Preferences and habits. 偏好和习惯。")] Optional<string?> Preferences,
    [Description("Personality notes. 性格特点。")] Optional<string?> Personality,
    [Description("Special needs. 特殊需求。")] Optional<string?> SpecialNeeds);

/// <summary>Edits the name and profile: fields left out keep their value, fields sent as null are cleared.</summary>
public static class UpdateCustomer
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, UpdateCustomerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(
            context, input.CustomerId, input.ExpectedVersion, (customer, x) => customer.UpdateProfile(
            input.Name.IsSet ? input.Name.Value ?? string.Empty : customer.Name,
            CustomerProfilePatch.Apply(customer.Profile, input), x.Team.CustomSources, x.Viewer.UserId, x.Now));
    }
}
