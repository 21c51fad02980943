using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Tests.Reminders;

/// <summary>A customer, its plans and its team, asked for due reminders at a given instant.</summary>
internal sealed class ReminderScenario
{
    public static readonly Guid TeamSupervisor = Guid.Parse("00000000-0000-7000-8000-000000000009");

    public ReminderScenario(Customer? customer = null)
    {
        Customer = customer ?? A.Prospect();
    }

    public Team Team { get; } = A.Team();

    public Customer Customer { get; }

    public List<FollowUpPlan> Plans { get; } = [];

    public bool HasOpenDeal { get; set; }

    public FollowUpPlan Plan(DateTimeOffset dueAt)
    {
        var plan = FollowUpPlan.Schedule(A.NewId(), A.TeamId, Customer.Id, A.Salesperson, dueAt, FollowUpChannel.Phone, FollowUpPurpose.NeedsDiscovery, null, A.Now);
        Plans.Add(plan);
        return plan;
    }

    public IReadOnlyList<DueReminder> DueAt(DateTimeOffset now) =>
        ReminderRules.DueFor(Customer, Plans, Team, TeamSupervisor, HasOpenDeal, now);

    public IReadOnlyList<DueReminder> DueAt(DateTimeOffset now, ReminderKind kind) => DueAt(now).Where(r => r.Kind == kind).ToList();
}
