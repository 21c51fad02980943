using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;

namespace CrmGraph.Domain.Tests.Reminders;

public sealed class DateReminders
{
    [Fact]
    public void A_birthday_within_the_lead_days_is_reminded_once_per_year()
    {
        var scenario = new ReminderScenario();
        scenario.Customer.AddKeyDate(A.NewId(), KeyDateKind.Birthday, new DateOnly(1980, 3, 6), "董事长生日", null, A.Now);

        var due = scenario.DueAt(A.Now, ReminderKind.KeyDateAhead).ShouldHaveSingleItem();

        due.Cause.ShouldContain("2026-03-06");
        scenario.DueAt(A.Now.AddDays(-30), ReminderKind.KeyDateAhead).ShouldBeEmpty();
    }

    [Fact]
    public void A_birthday_in_the_profile_is_reminded_when_no_key_date_holds_it()
    {
        var customer = A.Prospect("王小明", CustomerKind.Individual, new CustomerProfile { Birthday = new DateOnly(1990, 3, 4) });
        var scenario = new ReminderScenario(customer);

        scenario.DueAt(A.Now, ReminderKind.KeyDateAhead).ShouldHaveSingleItem().Message.ShouldContain("2026-03-04");
    }

    [Fact]
    public void The_key_date_is_computed_in_the_team_time_zone()
    {
        var scenario = new ReminderScenario();
        scenario.Customer.AddKeyDate(A.NewId(), KeyDateKind.Custom, new DateOnly(2026, 3, 9), "续约谈判", false, A.Now);

        // 2026-03-01 17:00 UTC is already 2 March in Shanghai: 9 March is 7 days ahead, inside the lead time.
        scenario.DueAt(new DateTimeOffset(2026, 3, 1, 17, 0, 0, TimeSpan.Zero), ReminderKind.KeyDateAhead).ShouldHaveSingleItem();
        scenario.DueAt(new DateTimeOffset(2026, 3, 1, 15, 0, 0, TimeSpan.Zero), ReminderKind.KeyDateAhead).ShouldBeEmpty();
    }

    [Fact]
    public void A_contract_expiry_reaches_owner_and_supervisor_once_though_term_and_key_date_both_hold_it()
    {
        var customer = A.EstablishedCustomer();
        var scenario = new ReminderScenario(customer);
        var end = new DateOnly(2026, 3, 20);
        customer.AddKeyDate(A.NewId(), KeyDateKind.ContractExpiry, end, "合同到期", false, A.Now);

        var due = scenario.DueAt(A.Now, ReminderKind.ContractExpiring);

        due.Select(r => r.RecipientId).ShouldBe([A.Salesperson, ReminderScenario.TeamSupervisor]);
    }
}
