using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Tests.Customers;

public sealed class DuplicateDetection
{
    private static DuplicateCandidate Existing(Customer customer) =>
        new(
            customer.Id, customer.Name, customer.NormalizedPhone, customer.NormalizedEmail,
            customer.NormalizedCompanyName);

    [Fact]
    public void The_same_company_written_differently_is_a_duplicate()
    {
        var existing = A.Prospect("上海星辰科技有限公司");
        var probe = DuplicateProbe.ForNew(CustomerKind.Organization, "上海 星辰科技", null);

        var match = DuplicateCheck.Matches(probe, [Existing(existing)]).ShouldHaveSingleItem();

        match.Key.ShouldBe(DuplicateKeyKind.CompanyName);
        match.CustomerId.ShouldBe(existing.Id);
    }

    [Fact]
    public void The_same_phone_with_country_code_and_dashes_is_a_duplicate()
    {
        var existing = A.Prospect("李雷", CustomerKind.Individual, new CustomerProfile { Phone = "13800138000" });
        var probe = DuplicateProbe.ForNew(
            CustomerKind.Individual, "Li Lei", new CustomerProfile { Phone = "+86 138-0013-8000" });

        DuplicateCheck.Matches(probe, [Existing(existing)]).ShouldHaveSingleItem().Key.ShouldBe(DuplicateKeyKind.Phone);
    }

    [Fact]
    public void Emails_match_regardless_of_case()
    {
        var existing = A.Prospect("韩梅梅", CustomerKind.Individual, new CustomerProfile { Email = "meimei@example.com" });
        var probe = DuplicateProbe.ForNew(
            CustomerKind.Individual, "Han Meimei", new CustomerProfile { Email = " MeiMei@Example.com " });

        DuplicateCheck.Matches(probe, [Existing(existing)]).ShouldHaveSingleItem().Key.ShouldBe(DuplicateKeyKind.Email);
    }

    [Fact]
    public void Individuals_with_the_same_name_are_not_duplicates()
    {
        var existing = A.Prospect("张伟", CustomerKind.Individual);

        DuplicateCheck.Matches(DuplicateProbe.ForNew(CustomerKind.Individual, "张伟", null), [Existing(existing)])
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_record_is_not_its_own_duplicate_when_it_changes()
    {
        var existing = A.Prospect("上海星辰科技有限公司");

        DuplicateCheck.Matches(DuplicateProbe.Of(existing), [Existing(existing)], existing.Id).ShouldBeEmpty();
    }

    [Fact]
    public void A_duplicate_is_refused_with_the_shared_key_as_field()
    {
        var existing = A.Prospect("上海星辰科技有限公司");
        var matches = DuplicateCheck.Matches(
            DuplicateProbe.ForNew(CustomerKind.Organization, "上海星辰科技", null), [Existing(existing)]);

        var error = Should.Throw<DomainException>(() => DuplicateCheck.EnsureNone(matches));

        error.Code.ShouldBe("DUPLICATE_CUSTOMER");
        error.Field.ShouldBe("name");
        error.ChineseMessage.ShouldContain("上海星辰科技有限公司");
        Should.NotThrow(() => DuplicateCheck.EnsureNone([]));
    }
}
