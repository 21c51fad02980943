using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Customers.Events;

namespace CrmGraph.Domain.Tests.Customers;

public sealed class CustomerRegistration
{
    [Fact]
    public void Starts_as_a_prospect_owned_by_its_salesperson_and_raises_registered()
    {
        var customer = A.Prospect();

        customer.Stage.ShouldBe(LifecycleStage.Prospect);
        customer.OwnerId.ShouldBe(A.Salesperson);
        customer.StageHistory.Single().To.ShouldBe(LifecycleStage.Prospect);
        customer.DomainEvents.OfType<CustomerRegistered>().Single().CustomerId.ShouldBe(customer.Id);
    }

    [Fact]
    public void Counts_as_a_late_entry_beyond_24_hours_after_first_contact()
    {
        var onTime = Customer.Register(
            A.NewId(), A.TeamId, A.Salesperson, CustomerKind.Individual, "李四", A.Now.AddHours(-23), A.Now);
        var late = Customer.Register(
            A.NewId(), A.TeamId, A.Salesperson, CustomerKind.Individual, "王五", A.Now.AddHours(-25), A.Now);

        onTime.WasEnteredLate(24).ShouldBeFalse();
        late.WasEnteredLate(24).ShouldBeTrue();
    }

    [Fact]
    public void Refuses_a_first_contact_after_entry_and_a_blank_name()
    {
        Should.Throw<DomainException>(() => Customer.Register(
            A.NewId(), A.TeamId, A.Salesperson, CustomerKind.Individual, "李四", A.Now.AddMinutes(1),
            A.Now)).Code.ShouldBe("FIRST_CONTACT_IN_FUTURE");
        var blank = Should.Throw<DomainException>(
            () => Customer.Register(A.NewId(), A.TeamId, A.Salesperson, CustomerKind.Individual, " ", null, A.Now));
        blank.Field.ShouldBe("name");
        blank.ChineseMessage.ShouldBe("客户名称不能为空。");
    }

    [Fact]
    public void Keeps_normalized_duplicate_keys_of_phone_email_and_company_name()
    {
        var customer = A.Prospect(
            "上海星辰科技有限公司", profile: new CustomerProfile { Phone = "+86 138-0013-8000", Email = " Sales@XingChen.CN " });

        customer.NormalizedPhone.ShouldBe("13800138000");
        customer.NormalizedEmail.ShouldBe("sales@xingchen.cn");
        customer.NormalizedCompanyName.ShouldBe("上海星辰科技");
    }

    [Fact]
    public void Refuses_company_fields_on_an_individual_and_unknown_team_sources()
    {
        Should.Throw<DomainException>(() => A.Prospect(
            "张三", CustomerKind.Individual,
            new CustomerProfile { Industry = "制造业" })).Code.ShouldBe("NOT_FOR_INDIVIDUALS");
        Should.Throw<DomainException>(() => A.Prospect(profile: new CustomerProfile { Source = CustomerSource.Custom, CustomSource = "抖音" })).Code.ShouldBe("UNKNOWN_SOURCE");
    }
}
