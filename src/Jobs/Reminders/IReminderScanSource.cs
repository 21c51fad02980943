using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Jobs.Reminders;

/// <summary>
/// What the reminder jobs read: teams, and open follow-up plans in bounded batches (implemented with indexed queries in
/// Api).
/// </summary>
public interface IReminderScanSource
{
    Task<IReadOnlyList<Team>> TeamsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A team's planned (open) follow-ups in <paramref name="window"/> that are not yet reminded for their current due
    /// time, with their customers, ordered by due time and id after <paramref name="after"/>; at most
    /// <paramref name="limit"/> per call (keyset batches).
    /// </summary>
    Task<IReadOnlyList<PlanWithCustomer>> OpenPlansAsync(
        Guid teamId, FollowUpScanWindow window, FollowUpPlan? after, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Notes that these plans' owners now hold the reminder of that kind for the plan's due time, so later scans leave
    /// them out (ADR-030). A plan whose due time changed since it was read keeps its old mark and is read again.
    /// </summary>
    Task MarkRemindedAsync(IReadOnlyCollection<RemindedPlan> plans, CancellationToken cancellationToken);

    /// <summary>Where the team's last follow-up scan ended; null before the first.</summary>
    Task<FollowUpScanMark?> FollowUpScanMarkAsync(Guid teamId, CancellationToken cancellationToken);

    /// <summary>Keeps where this follow-up scan ended (the last writer wins when two nodes race).</summary>
    Task SaveFollowUpScanMarkAsync(Guid teamId, FollowUpScanMark mark, CancellationToken cancellationToken);

    /// <summary>A team's supervisors (escalations go to them).</summary>
    Task<IReadOnlyList<Guid>> SupervisorIdsAsync(Guid teamId, CancellationToken cancellationToken);

    /// <summary>
    /// A team's live (not archived) customers ordered by id after <paramref name="afterCustomerId"/>, at most
    /// <paramref name="limit"/>, each with whether it was followed up since <paramref name="followedUpSince"/> and has
    /// an open deal.
    /// </summary>
    Task<IReadOnlyList<CustomerWithFacts>> CustomersAsync(
        Guid teamId, DateTimeOffset followedUpSince, Guid? afterCustomerId, int limit,
        CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="CustomersAsync"/>, but only owned customers, loaded for change (tracked) so a reclaim is saved
    /// together with its reminder; what the previous batch loaded is forgotten.
    /// </summary>
    Task<IReadOnlyList<CustomerWithFacts>> OwnedCustomersForChangeAsync(
        Guid teamId, Guid? afterCustomerId, int limit, CancellationToken cancellationToken);
}

public sealed record CustomerWithFacts(Customer Customer, bool FollowedUpSince, bool HasOpenDeal);

public sealed record PlanWithCustomer(FollowUpPlan Plan, Customer Customer);

/// <summary>
/// A plan whose owner holds the <paramref name="Kind"/> reminder for the due time <paramref name="DueAt"/>.
/// </summary>
public sealed record RemindedPlan(Guid PlanId, DateTimeOffset DueAt, Domain.Reminders.ReminderKind Kind);
