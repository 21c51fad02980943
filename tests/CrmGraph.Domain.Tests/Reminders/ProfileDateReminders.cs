using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;

namespace CrmGraph.Domain.Tests.Reminders;

/// <summary>A birthday or founding date kept in the profile is a key date too, reminded once.</summary>
public sealed class ProfileDateReminders
{
    private static readonly CustomerReminderFacts Facts = new(false, false, [A.Supervisor]);

    [Fact]
    public void A_birthday_in_the_profile_is_reminded_ahead()
    {
        var customer = A.Prospect(
            "王小明", CustomerKind.Individual, new CustomerProfile { Birthday = new DateOnly(1990, 3, 6) });

        var reminder = ReminderRules.ForCustomer(customer, A.Team(), Facts, A.Now)
            .Where(r => r.Kind == ReminderKind.KeyDateAhead)
            .ShouldHaveSingleItem();

        reminder.CauseKey.ShouldContain("2026-03-06");
        reminder.RecipientId.ShouldBe(A.Salesperson);
    }

    [Fact]
    public void A_founding_anniversary_in_the_profile_is_reminded_ahead()
    {
        var customer = A.Prospect(profile: new CustomerProfile { FoundedOn = new DateOnly(2010, 3, 5) });

        ReminderRules.ForCustomer(customer, A.Team(), Facts, A.Now)
            .Count(r => r.Kind == ReminderKind.KeyDateAhead)
            .ShouldBe(1);
    }

    [Fact]
    public void A_birthday_kept_both_in_the_profile_and_as_a_key_date_is_reminded_once()
    {
        var customer = A.Prospect(
            "王小明", CustomerKind.Individual, new CustomerProfile { Birthday = new DateOnly(1990, 3, 6) });
        customer.AddKeyDate(A.NewId(), KeyDateKind.Birthday, new DateOnly(1990, 3, 6), "生日", null, A.Now);

        ReminderRules.ForCustomer(customer, A.Team(), Facts, A.Now)
            .Count(r => r.Kind == ReminderKind.KeyDateAhead)
            .ShouldBe(1);
    }
}
