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
        for (var i = 0; i < FollowUpReminderScan.BatchSize + 3; i++)
        {
            Plan(Now.AddMinutes(-1 - i));
        }

        (await Scan().RunAsync(CancellationToken.None)).ShouldBe(FollowUpReminderScan.BatchSize + 3);
        _source.Calls.ShouldBe(2);
    }

    private FollowUpReminderScan Scan() => new(_source.WithTeam(_team), _sink, new FixedClock(Now));

    private FollowUpPlan Plan(DateTimeOffset dueAt)
    {
        var customer = Customer.Register(Guid.NewGuid(), _team.Id, Owner, CustomerKind.Individual, "李女士", Now.AddDays(-3), Now.AddDays(-3));
        var plan = FollowUpPlan.Schedule(Guid.CreateVersion7(Now.AddTicks(_source.Plans.Count)), _team.Id, customer.Id, Owner, dueAt, FollowUpChannel.Phone, FollowUpPurpose.FirstContact, null, Now.AddDays(-3));
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

        public Task<IReadOnlyList<Guid>> SupervisorIdsAsync(Guid teamId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Guid>>(Supervisors);

        public Task<IReadOnlyList<CustomerWithFacts>> CustomersAsync(Guid teamId, DateTimeOffset followedUpSince, Guid? afterCustomerId, int limit, CancellationToken cancellationToken)
        {
            FollowedUpSince = followedUpSince;
            return Task.FromResult<IReadOnlyList<CustomerWithFacts>>([.. Customers
                .Where(c => c.Customer.TeamId == teamId && (afterCustomerId is null || c.Customer.Id.CompareTo(afterCustomerId.Value) > 0))
                .OrderBy(c => c.Customer.Id).Take(limit)]);
        }

        public Task<IReadOnlyList<CustomerWithFacts>> OwnedCustomersForChangeAsync(Guid teamId, Guid? afterCustomerId, int limit, CancellationToken cancellationToken) =>
            CustomersAsync(teamId, DateTimeOffset.MaxValue, afterCustomerId, limit, cancellationToken);

        public Task<IReadOnlyList<Team>> TeamsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Team>>(_teams);

        public Task<IReadOnlyList<PlanWithCustomer>> OpenPlansAsync(Guid teamId, DateTimeOffset dueBefore, Guid? afterPlanId, int limit, CancellationToken cancellationToken)
        {
            DueBefore = dueBefore;
            Calls++;
            return Task.FromResult<IReadOnlyList<PlanWithCustomer>>([.. Plans
                .Where(p => p.Plan.TeamId == teamId && p.Plan.DueAt < dueBefore && (afterPlanId is null || p.Plan.Id.CompareTo(afterPlanId.Value) > 0))
                .OrderBy(p => p.Plan.Id).Take(limit)]);
        }
    }

    internal sealed class FakeSink : IReminderSink
    {
        public List<DueReminder> Stored { get; } = [];

        public Task<int> IssueAsync(Guid teamId, IReadOnlyCollection<DueReminder> due, CancellationToken cancellationToken)
        {
            var fresh = due.Where(d => !Stored.Any(s => Reminder.KeyOf(s) == Reminder.KeyOf(d))).ToList();
            Stored.AddRange(fresh);
            return Task.FromResult(fresh.Count);
        }
    }
}
