using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Teams;
using CrmGraph.Jobs.Reminders;
using static CrmGraph.Jobs.Tests.Reminders.FollowUpReminderScanTests;

namespace CrmGraph.Jobs.Tests.Reminders;

/// <summary>
/// The reclaim job returns customers whose clock ran out to the pool and tells the former owner, once.
/// </summary>
public sealed class PoolReclaimScanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();
    private readonly Team _team = Team.Found(Guid.NewGuid(), "华北销售", null, Now.AddDays(-90));
    private readonly FakeSource _source = new();
    private readonly FakeSink _sink = new();

    [Fact]
    public async Task A_customer_untouched_past_the_reclaim_period_goes_to_the_pool_and_its_owner_is_told_once()
    {
        var stale = Add(Now.AddDays(-(_team.Pool.ReclaimAfterDays + 5)));
        var fresh = Add(Now.AddDays(-2));

        (await Scan().RunAsync(CancellationToken.None)).ShouldBe(1);
        (await Scan().RunAsync(CancellationToken.None)).ShouldBe(0);

        stale.InPool.ShouldBeTrue();
        fresh.InPool.ShouldBeFalse();
        var told = _sink.Stored.ShouldHaveSingleItem();
        told.Kind.ShouldBe(ReminderKind.PoolReclaimed);
        told.RecipientId.ShouldBe(Owner);
        told.CustomerId.ShouldBe(stale.Id);
    }

    [Fact]
    public async Task An_open_deal_pauses_the_reclaim()
    {
        var customer = Add(Now.AddDays(-(_team.Pool.ReclaimAfterDays + 5)), hasOpenDeal: true);

        (await Scan().RunAsync(CancellationToken.None)).ShouldBe(0);

        customer.InPool.ShouldBeFalse();
    }

    [Fact]
    public async Task Above_the_limit_the_owner_gets_one_digest_of_every_reclaim_and_a_later_wave_its_own()
    {
        var stale = Enumerable.Range(0, _team.Reminders.DigestAbove + 5)
            .Select(_ => Add(Now.AddDays(-(_team.Pool.ReclaimAfterDays + 5)))).ToList();
        var few = Enumerable.Range(0, 3).Select(_ => Add(Now.AddDays(-(_team.Pool.ReclaimAfterDays + 5)), Other))
            .ToList();
        var laterWave = Enumerable.Range(0, _team.Reminders.DigestAbove + 1)
            .Select(_ => Add(Now.AddDays(-_team.Pool.ReclaimAfterDays + 0.5))).ToList();

        (await Scan().RunAsync(CancellationToken.None)).ShouldBe(stale.Count + few.Count);
        (await Scan(Now.AddHours(12)).RunAsync(CancellationToken.None)).ShouldBe(laterWave.Count);

        stale.Concat(few).Concat(laterWave).ShouldAllBe(c => c.InPool);
        var digests = _sink.Stored.Where(r => r.RecipientId == Owner).ToList();
        digests.Count.ShouldBe(2);
        digests.ShouldAllBe(r => r.IsDigest && r.Kind == ReminderKind.PoolReclaimed);
        digests[0].DigestCustomerIds.ShouldBe(stale.Select(c => c.Id), ignoreOrder: true);
        digests[1].DigestCustomerIds.ShouldBe(laterWave.Select(c => c.Id), ignoreOrder: true);
        _sink.Stored.Where(r => r.RecipientId == Other).Select(r => r.CustomerId)
            .ShouldBe(few.Select(c => c.Id), ignoreOrder: true);
    }

    private Customer Add(DateTimeOffset registeredAt, bool hasOpenDeal = false) =>
        Add(registeredAt, Owner, hasOpenDeal);

    private Customer Add(DateTimeOffset registeredAt, Guid owner, bool hasOpenDeal = false)
    {
        var customer = Customer.Register(
            Guid.CreateVersion7(registeredAt), _team.Id, owner, CustomerKind.Individual, "周先生", registeredAt,
            registeredAt);
        _source.Customers.Add(new CustomerWithFacts(customer, false, hasOpenDeal));
        return customer;
    }

    private PoolReclaimScan Scan(DateTimeOffset? at = null) =>
        new(_source.WithTeam(_team), _sink, new FixedClock(at ?? Now));
}
