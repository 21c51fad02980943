using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Tests.Customers;

public sealed class DuplicateKeysNormalization
{
    [Theory]
    [InlineData("+86 138-0013-8000", "13800138000")]
    [InlineData("008613800138000", "13800138000")]
    [InlineData("(021) 6888 1234", "02168881234")]
    [InlineData("12", null)]
    public void Phones_compare_by_their_digits_without_country_code(string phone, string? expected) =>
        DuplicateKeys.Phone(phone).ShouldBe(expected);

    [Theory]
    [InlineData("上海星辰科技有限公司", "上海星辰科技")]
    [InlineData("上海 星辰科技 股份有限公司", "上海星辰科技")]
    [InlineData("Acme Trading Co., Ltd.", "acmetrading")]
    [InlineData("ACME TRADING LIMITED", "acmetrading")]
    public void Company_names_compare_without_legal_form_spaces_or_case(string name, string expected) =>
        DuplicateKeys.CompanyName(name).ShouldBe(expected);

    [Theory]
    [InlineData("a@b.cn", "a@b.cn")]
    [InlineData("not an email", null)]
    [InlineData("@b.cn", null)]
    public void Emails_must_look_like_addresses(string email, string? expected) =>
        DuplicateKeys.Email(email).ShouldBe(expected);
}
