using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Teams;
using FsCheck.Xunit;

namespace CrmGraph.Domain.Tests.Properties;

/// <summary>
/// Whatever is recorded, a plan is done exactly when a record completed it, a refused record changes neither
/// the plan nor the customer, and the customer's last follow-up never moves backwards.
/// </summary>
public sealed class FollowUpInvariantProperties
{
    [Property(MaxTest = 300)]
    public void No_sequence_of_recordings_leaves_plans_or_customer_inconsistent(int[] commands, bool refuseBeyondCap)
    {
        var team = A.Team();
        team.ChangeSettings(new TeamSettingsChange(
            Cadence: new CadencePolicy { DailyCapPerCustomer = 2, RefuseBeyondDailyCap = refuseBeyondCap }), A.Now);
        var customer = A.Prospect();
        var plans = new List<FollowUpPlan>();
        var now = A.Now;
        DateTimeOffset? lastSeen = null;
        foreach (var command in commands ?? [])
        {
            now = now.AddHours(3);
            var plan = plans.Count > 0 && (command & 1) == 1 ? plans[Math.Abs(command) % plans.Count] : null;
            var before = Fingerprint(customer, plans);
            try
            {
                var details = new FollowUpDetails(
                    now.AddHours(-(Math.Abs(command / 2) % 6) + ((command & 2048) == 0 ? 0 : 12)),
                    (FollowUpChannel)(Math.Abs(command / 3) % 7),
                    FollowUpPurpose.NeedsDiscovery,
                    (command & 512) == 0 ? "沟通需求" : "",
                    NextFollowUpAt: (command & 1024) == 0 ? null : now.AddDays(2));
                var recorded = FollowUpRecording.Record(
                    customer, team, plan, Math.Abs(command / 7) % 4, A.NewId(), A.NewId(), A.Salesperson, details, now);
                plans.Add(recorded.NextPlan);
                recorded.NextPlan.DueAt.ShouldBeGreaterThan(recorded.Record.HappenedAt);
                if (plan is not null)
                {
                    plan.CompletedByRecordId.ShouldBe(recorded.Record.Id);
                }
            }
            catch (DomainException)
            {
                Fingerprint(customer, plans).ShouldBe(before, $"refused command {command} changed something");
            }

            plans.ShouldAllBe(p => (p.Status == FollowUpPlanStatus.Done) == (p.CompletedByRecordId != null));
            if (lastSeen is { } seen)
            {
                customer.LastFollowUpAt!.Value.ShouldBeGreaterThanOrEqualTo(seen);
            }

            lastSeen = customer.LastFollowUpAt;
        }
    }

    private static string Fingerprint(Customer c, List<FollowUpPlan> plans) =>
        string.Join(
            '|', c.Stage, c.LastFollowUpAt, c.ReclaimClock, c.StageHistory.Count, c.DomainEvents.Count,
            string.Join(',', plans.Select(p => $"{p.Status}:{p.CompletedByRecordId}")));
}
