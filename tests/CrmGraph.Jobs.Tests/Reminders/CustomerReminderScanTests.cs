using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Teams;
using CrmGraph.Jobs.Reminders;
using static CrmGraph.Jobs.Tests.Reminders.FollowUpReminderScanTests;

namespace CrmGraph.Jobs.Tests.Reminders;

/// <summary>The customer scan feeds the customer rules with the facts they need, per team local day.</summary>
public sealed class CustomerReminderScanTests
{
    // 02:00 UTC is 10:00 in Shanghai: the team's local day began at 16:00 UTC the day before.
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly Guid Supervisor = Guid.NewGuid();
    private readonly Team _team = Team.Found(Guid.NewGuid(), "华南销售", "Asia/Shanghai", Now.AddDays(-60));
    private readonly FakeSource _source = new();
    private readonly FakeSink _sink = new();

    [Fact]
    public async Task A_new_customer_without_a_follow_up_after_a_week_reminds_owner_and_supervisors_once()
    {
        var customer = Customer.Register(
            Guid.NewGuid(), _team.Id, Owner, CustomerKind.Individual, "赵先生", Now.AddDays(-10), Now.AddDays(-10));
        _source.Customers.Add(new CustomerWithFacts(customer, false, false));
        _source.Supervisors.Add(Supervisor);

        var first = await Scan().RunAsync(CancellationToken.None);
        var second = await Scan().RunAsync(CancellationToken.None);

        second.ShouldBe(0);
        var firstFollowUp = _sink.Stored.Where(r => r.Kind == ReminderKind.NewCustomerWithoutFollowUp).ToList();
        firstFollowUp.Select(r => r.RecipientId).ShouldBe([Owner, Supervisor], ignoreOrder: true);
        first.ShouldBe(_sink.Stored.Count);
    }

    [Fact]
    public async Task Followed_up_today_is_asked_from_the_start_of_the_teams_local_day()
    {
        await Scan().RunAsync(CancellationToken.None);

        _source.FollowedUpSince.ShouldBe(new DateTimeOffset(2026, 11, 22, 16, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_customer_met_yesterday_gets_no_first_follow_up_reminder()
    {
        var customer = Customer.Register(
            Guid.NewGuid(), _team.Id, Owner, CustomerKind.Individual, "钱女士", Now.AddDays(-1), Now.AddDays(-1));
        _source.Customers.Add(new CustomerWithFacts(customer, false, false));

        await Scan().RunAsync(CancellationToken.None);

        _sink.Stored.ShouldNotContain(r => r.Kind == ReminderKind.NewCustomerWithoutFollowUp);
    }

    [Fact]
    public async Task More_than_the_limit_across_batches_becomes_one_digest_per_person_and_only_new_customers_count()
    {
        var count = CustomerReminderScan.BatchSize + 100;
        for (var i = 0; i < count; i++)
        {
            _source.Customers.Add(
                new CustomerWithFacts(Customer.Register(Guid.NewGuid(), _team.Id, Owner, CustomerKind.Individual,
                $"客户{i}", Now.AddDays(-8), Now), false, false));
        }

        var old = Customer.Register(
            Guid.NewGuid(), _team.Id, Owner, CustomerKind.Individual, "老客户", Now.AddDays(-90), Now);
        _source.Customers.Add(new CustomerWithFacts(old, false, false));
        _source.Supervisors.Add(Supervisor);

        var stored = await Scan().RunAsync(CancellationToken.None);
        var again = await Scan().RunAsync(CancellationToken.None);

        (stored, again).ShouldBe((2, 0));
        _sink.Stored.ShouldAllBe(
            r => r.IsDigest && r.DigestCustomerIds.Count == count && !r.DigestCustomerIds.Contains(old.Id));
        _sink.Stored.Select(r => r.RecipientId).ShouldBe([Owner, Supervisor], ignoreOrder: true);
    }

    private CustomerReminderScan Scan() => new(_source.WithTeam(_team), _sink, new FixedClock(Now));
}
