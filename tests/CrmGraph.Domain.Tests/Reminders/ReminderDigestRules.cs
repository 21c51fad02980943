using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Tests.Reminders;

/// <summary>More than the team's limit of new reminders of one kind for one person become one digest.</summary>
public sealed class ReminderDigestRules
{
    private static readonly Team Team = A.Team();

    [Fact]
    public void At_the_limit_each_is_its_own_reminder()
    {
        var due = Due(A.Salesperson, Team.Reminders.DigestAbove);

        var issued = ReminderDigests.Condense(due, new HashSet<string>(), Team, A.Now);

        issued.Count.ShouldBe(Team.Reminders.DigestAbove);
        issued.ShouldAllBe(r => !r.IsDigest);
    }

    [Fact]
    public void Above_the_limit_one_digest_stands_for_every_customer_due_and_other_people_are_untouched()
    {
        var due = Due(A.Salesperson, 37).Concat(Due(A.OtherSalesperson, 3)).ToList();

        var issued = ReminderDigests.Condense(due, new HashSet<string>(), Team, A.Now);

        var digest = issued.Single(r => r.RecipientId == A.Salesperson);
        digest.IsDigest.ShouldBeTrue();
        digest.Kind.ShouldBe(ReminderKind.NewCustomerWithoutFollowUp);
        digest.DigestCustomerIds.ShouldBe(
            due.Where(d => d.RecipientId == A.Salesperson).Select(d => d.CustomerId), ignoreOrder: true);
        digest.CustomerId.ShouldBe(digest.DigestCustomerIds[0]);
        digest.ChineseMessage.ShouldBe("37 位新客户超过 7 天未跟进。");
        digest.Message.ShouldBe("37 new customers without a follow-up for over 7 days.");
        issued.Count(r => r.RecipientId == A.OtherSalesperson).ShouldBe(3);
    }

    [Fact]
    public void Only_new_reminders_count_towards_the_limit_and_a_digest_comes_once_a_day()
    {
        var due = Due(A.Salesperson, 30);
        var storedBefore = due.Take(15).Select(Reminder.KeyOf).ToHashSet();

        var fewNew = ReminderDigests.Condense(due, storedBefore, Team, A.Now);
        var first = ReminderDigests.Condense(due, new HashSet<string>(), Team, A.Now).Single();
        var laterToday = ReminderDigests.Condense(due, new HashSet<string>(), Team, A.Now.AddHours(5)).Single();
        var tomorrow = ReminderDigests.Condense(due, new HashSet<string>(), Team, A.Now.AddDays(1)).Single();

        fewNew.Count.ShouldBe(15);
        fewNew.ShouldAllBe(r => !r.IsDigest);
        laterToday.CauseKey.ShouldBe(first.CauseKey);
        tomorrow.CauseKey.ShouldNotBe(first.CauseKey);
    }

    [Fact]
    public void The_forecast_of_an_import_counts_digests_as_one()
    {
        var facts = new CustomerReminderFacts(false, false, [A.Supervisor]);
        var imported = Enumerable.Range(0, 37).Select(i => (Customer.Register(A.NewId(), A.TeamId, A.Salesperson,
            CustomerKind.Individual, $"客户{i}", A.Now.AddDays(-10), A.Now), facts)).ToList();

        var forecast = ReminderForecast.FirstScan(imported, Team, new HashSet<string>(), A.Now);

        forecast.Select(r => (r.RecipientId, r.Kind, r.DigestCustomerIds.Count)).ShouldBe(
            [
                (A.Salesperson, ReminderKind.NewCustomerWithoutFollowUp, 37),
                (A.Supervisor, ReminderKind.NewCustomerWithoutFollowUp, 37)],
            ignoreOrder: true);
    }

    [Fact]
    public void A_digest_of_reclaims_comes_once_per_scan_since_a_reclaim_is_never_due_again()
    {
        var due = Due(A.Salesperson, 30, ReminderKind.PoolReclaimed);

        var first = ReminderDigests.Condense(due, new HashSet<string>(), Team, A.Now).Single();
        var again = ReminderDigests.Condense(due, new HashSet<string>(), Team, A.Now).Single();
        var laterToday = ReminderDigests.Condense(due, new HashSet<string>(), Team, A.Now.AddHours(1)).Single();

        first.IsDigest.ShouldBeTrue();
        first.ChineseMessage.ShouldBe("30 位客户因未及时跟进已被回收至公海。");
        again.CauseKey.ShouldBe(first.CauseKey);
        laterToday.CauseKey.ShouldNotBe(first.CauseKey);
    }

    private static List<DueReminder> Due(Guid recipient, int count,
        ReminderKind kind = ReminderKind.NewCustomerWithoutFollowUp) =>
        [.. Enumerable.Range(0, count).Select(i => DueReminder.Worded(kind, recipient,
            A.NewId(), null, $"first-follow-up:{i}", A.Now.AddDays(
                -i), new ReminderWording(Team.TimeZoneId, $"客户{i}", A.Now.AddDays(-7 - i), Days: 7)))];
}
