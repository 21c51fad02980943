using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Teams;
using CrmGraph.Jobs.Reminders;

namespace CrmGraph.Jobs.Tests.Reminders;

/// <summary>The follow-up scan reads open plans in batches and stores what the domain rules say is due, once.</summary>
public sealed class FollowUpReminderScanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Owner = Guid.NewGuid();
    private readonly Team _team = Team.Found(Guid.NewGuid(), "华东销售", null, Now.AddDays(-30));
    private readonly FakeSource _source = new();
    private readonly FakeSink _sink = new();

    [Fact]
    public async Task An_overdue_plan_becomes_one_overdue_reminder_for_its_owner_and_a_second_run_adds_nothing()
    {
        var plan = Plan(Now.AddHours(-2));

        var first = await Scan().RunAsync(CancellationToken.None);
        var second = await Scan().RunAsync(CancellationToken.None);

        first.ShouldBe(1);
        second.ShouldBe(0);
        var stored = _sink.Stored.ShouldHaveSingleItem();
        stored.Kind.ShouldBe(ReminderKind.FollowUpOverdue);
        stored.RecipientId.ShouldBe(Owner);
        stored.SubjectId.ShouldBe(plan.Id);
    }

    [Fact]
    public async Task A_plan_due_within_the_teams_window_is_due_soon_and_one_beyond_it_is_not_read()
    {
        Plan(Now.AddHours(3));
        Plan(Now.AddHours(_team.Reminders.DueSoonHours + 1));

        await Scan().RunAsync(CancellationToken.None);

        _sink.Stored.ShouldHaveSingleItem().Kind.ShouldBe(ReminderKind.FollowUpDueSoon);
        _source.DueBefore.ShouldBe(Now.AddHours(_team.Reminders.DueSoonHours));
    }

    [Fact]
    public async Task More_plans_than_one_batch_are_all_reminded()
    {
        _team.ChangeSettings(
            new TeamSettingsChange(Reminders: new ReminderPolicy { DigestAbove = TeamSettingsRules.MaxDigestAbove }),
            Now);
        for (var i = 0; i < FollowUpReminderScan.BatchSize + 3; i++)
        {
            Plan(Now.AddMinutes(-1 - i));
        }

        (await Scan().RunAsync(CancellationToken.None)).ShouldBe(FollowUpReminderScan.BatchSize + 3);
        _source.Calls.ShouldBe(2);
    }

    [Fact]
    public async Task More_overdue_plans_than_the_limit_become_one_digest_and_every_plan_is_marked()
    {
        var plans = Enumerable.Range(0, FollowUpReminderScan.BatchSize + 3)
            .Select(i => Plan(Now.AddMinutes(-1 - i)))
            .ToList();

        var first = await Scan().RunAsync(CancellationToken.None);
        var again = await Scan(Now.AddMinutes(1)).RunAsync(CancellationToken.None);

        (first, again).ShouldBe((1, 0));
        var digest = _sink.Stored.ShouldHaveSingleItem();
        (digest.Kind, digest.RecipientId, digest.DigestCustomerIds.Count)
            .ShouldBe((ReminderKind.FollowUpOverdue, Owner, plans.Count));
        _source.Reminded.Select(r => r.Item1).ShouldBe(plans.Select(p => p.Id), ignoreOrder: true);
    }

    [Fact]
    public async Task Plans_whose_owner_got_the_reminder_are_marked_for_that_kind_and_due_time()
    {
        var overdue = Plan(Now.AddHours(-1));
        var soon = Plan(Now.AddHours(1));

        await Scan().RunAsync(CancellationToken.None);

        _source.Reminded.ShouldBe([(overdue.Id, overdue.DueAt, true), (soon.Id, soon.DueAt, false)], ignoreOrder: true);
    }

    [Fact]
    public async Task After_a_full_run_the_next_minute_reads_only_what_can_have_fallen_due_since()
    {
        await Scan().RunAsync(CancellationToken.None);
        Plan(Now.AddSeconds(30));
        Plan(Now.AddDays(-2), scheduledAt: Now.AddSeconds(40)); // entered after the first run, already overdue

        (await Scan(Now.AddMinutes(1)).RunAsync(CancellationToken.None)).ShouldBe(2);

        _source.Windows[0].IsFull.ShouldBeTrue();
        _source.Windows[^1].Since.ShouldBe(Now - FollowUpReminderScan.Overlap);
        _sink.Stored.Select(s => s.Kind).ShouldBe([ReminderKind.FollowUpOverdue, ReminderKind.FollowUpOverdue]);
        _source.Marks[_team.Id].ShouldBe(new FollowUpScanMark(Now.AddMinutes(1), _team.Reminders.DueSoonHours, Now));
    }

    [Fact]
    public void A_scan_is_full_without_a_mark_after_an_hour_when_the_window_changed_or_the_clock_went_back()
    {
        var hours = _team.Reminders.DueSoonHours;
        var recent = new FollowUpScanMark(Now.AddMinutes(-1), hours, Now.AddMinutes(-30));

        FollowUpReminderScan.WindowFor(_team, null, Now).IsFull.ShouldBeTrue();
        FollowUpReminderScan.WindowFor(_team, recent, Now).Since.ShouldBe(
            Now.AddMinutes(-1) - FollowUpReminderScan.Overlap);
        FollowUpReminderScan.WindowFor(_team, recent with { FullScanAt = Now.AddHours(-1) }, Now).IsFull.ShouldBeTrue();
        FollowUpReminderScan.WindowFor(_team, recent with { DueSoonHours = hours + 1 }, Now).IsFull.ShouldBeTrue();
        FollowUpReminderScan.WindowFor(
            _team, recent with { ScannedUntil = Now.AddMinutes(30) }, Now).IsFull.ShouldBeTrue();

        // A node whose clock is a few seconds behind the last writer's goes on incrementally from its own time.
        FollowUpReminderScan.WindowFor(_team, recent with { ScannedUntil = Now.AddSeconds(5) }, Now).Since.ShouldBe(
            Now - FollowUpReminderScan.Overlap);
    }

    private FollowUpReminderScan Scan(DateTimeOffset? at = null) =>
        new(_source.WithTeam(_team), _sink, new FixedClock(at ?? Now));

    private FollowUpPlan Plan(DateTimeOffset dueAt, DateTimeOffset? scheduledAt = null)
    {
        var customer = Customer.Register(
            Guid.NewGuid(), _team.Id, Owner, CustomerKind.Individual, "李女士", Now.AddDays(-3), Now.AddDays(-3));
        var plan = FollowUpPlan.Schedule(
            Guid.CreateVersion7(Now.AddTicks(_source.Plans.Count)), _team.Id, customer.Id, Owner, dueAt,
            FollowUpChannel.Phone, FollowUpPurpose.FirstContact, null, scheduledAt ?? Now.AddDays(-3));
        _source.Plans.Add(new PlanWithCustomer(plan, customer));
        return plan;
    }

    internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    internal sealed class FakeSource : IReminderScanSource
    {
        private readonly List<Team> _teams = [];

        public List<PlanWithCustomer> Plans { get; } = [];

        public DateTimeOffset? DueBefore { get; private set; }

        public int Calls { get; private set; }

        public FakeSource WithTeam(Team team)
        {
            if (!_teams.Contains(team))
            {
                _teams.Add(team);
            }

            return this;
        }

        public List<CustomerWithFacts> Customers { get; } = [];

        public List<Guid> Supervisors { get; } = [];

        public DateTimeOffset? FollowedUpSince { get; private set; }

        public Task<IReadOnlyList<Guid>> SupervisorIdsAsync(Guid teamId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Guid>>(Supervisors);

        public Task<IReadOnlyList<CustomerWithFacts>> CustomersAsync(
            Guid teamId, DateTimeOffset followedUpSince, Guid? afterCustomerId, int limit,
            CancellationToken cancellationToken)
        {
            FollowedUpSince = followedUpSince;
            return Task.FromResult<IReadOnlyList<CustomerWithFacts>>([.. Customers
                .Where(
                    c => c.Customer.TeamId == teamId
                        && (afterCustomerId is null || c.Customer.Id.CompareTo(afterCustomerId.Value) > 0))
                .OrderBy(c => c.Customer.Id).Take(limit)]);
        }

        public Task<IReadOnlyList<CustomerWithFacts>> OwnedCustomersForChangeAsync(
            Guid teamId, Guid? afterCustomerId, int limit, CancellationToken cancellationToken) =>
            CustomersAsync(teamId, DateTimeOffset.MaxValue, afterCustomerId, limit, cancellationToken);

        public Task<IReadOnlyList<Team>> TeamsAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Team>>(_teams);

        public List<FollowUpScanWindow> Windows { get; } = [];

        public Dictionary<Guid, FollowUpScanMark> Marks { get; } = [];

        /// <summary>Plan, due time, and whether the mark is the overdue one.</summary>
        public HashSet<(Guid, DateTimeOffset, bool)> Reminded { get; } = [];

        public Task MarkRemindedAsync(IReadOnlyCollection<RemindedPlan> plans, CancellationToken cancellationToken)
        {
            foreach (var plan in plans)
            {
                Reminded.Add((plan.PlanId, plan.DueAt, plan.Kind == ReminderKind.FollowUpOverdue));
            }

            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<PlanWithCustomer>> OpenPlansAsync(
            Guid teamId, FollowUpScanWindow window, FollowUpPlan? after, int limit, CancellationToken cancellationToken)
        {
            DueBefore = window.DueBefore;
            Windows.Add(window);
            Calls++;
            return Task.FromResult<IReadOnlyList<PlanWithCustomer>>([.. Plans
                .Where(p => p.Plan.TeamId == teamId && p.Plan.DueAt < window.DueBefore && InWindow(
                    p.Plan, window) && !Reminded.Contains((p.Plan.Id, p.Plan.DueAt, p.Plan.DueAt < window.Now)))
                .Where(p => after is null || p.Plan.DueAt > after.DueAt || (
                    p.Plan.DueAt == after.DueAt && p.Plan.Id.CompareTo(after.Id) > 0))
                .OrderBy(p => p.Plan.DueAt).ThenBy(p => p.Plan.Id).Take(limit)]);
        }

        public Task<FollowUpScanMark?> FollowUpScanMarkAsync(Guid teamId, CancellationToken cancellationToken) =>
            Task.FromResult(Marks.GetValueOrDefault(teamId));

        public Task SaveFollowUpScanMarkAsync(Guid teamId, FollowUpScanMark mark, CancellationToken cancellationToken)
        {
            Marks[teamId] = mark;
            return Task.CompletedTask;
        }

        private static bool InWindow(FollowUpPlan plan, FollowUpScanWindow window) => window.Since is not { } since
            || (plan.DueAt >= since && plan.DueAt < window.Now) || plan.DueAt >= since
                + window.DueSoon || plan.ScheduledAt >= since;
    }

    internal sealed class FakeSink : IReminderSink
    {
        public List<DueReminder> Stored { get; } = [];

        public Task<int> IssueAsync(
            Guid teamId, IReadOnlyCollection<DueReminder> due, CancellationToken cancellationToken)
        {
            var fresh = due.Where(d => !Stored.Any(s => Reminder.KeyOf(s) == Reminder.KeyOf(d))).ToList();
            Stored.AddRange(fresh);
            return Task.FromResult(fresh.Count);
        }

        public Task<IReadOnlySet<string>> StoredKeysAsync(
            IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlySet<string>>(Stored.Select(Reminder.KeyOf).Where(keys.Contains).ToHashSet());
    }
}
