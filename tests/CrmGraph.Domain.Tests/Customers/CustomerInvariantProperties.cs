using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Teams;
using FsCheck.Xunit;

namespace CrmGraph.Domain.Tests.Customers;

/// <summary>
/// Any sequence of commands, valid or not, leaves a customer valid: an A grade always has a supervisor guide,
/// churned and lost customers have a reason, a pool customer has no owner, history only grows, and a refused
/// command changes nothing at all.
/// </summary>
public sealed class CustomerInvariantProperties
{
    private static readonly PoolPolicy Pool = new();
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Property(MaxTest = 300)]
    public void No_sequence_of_commands_leaves_a_customer_invalid(int[] commands)
    {
        var customer = A.Prospect();
        var now = A.Now;
        foreach (var command in commands ?? [])
        {
            now = now.AddHours(7);
            var before = Fingerprint(customer);
            var historyBefore = (customer.StageHistory.Count, customer.GradeHistory.Count);
            try
            {
                Apply(customer, command, now);
            }
            catch (DomainException)
            {
                Fingerprint(customer).ShouldBe(before, $"command {command} was refused but changed the customer");
            }

            customer.StageHistory.Count.ShouldBeGreaterThanOrEqualTo(historyBefore.Item1);
            customer.GradeHistory.Count.ShouldBeGreaterThanOrEqualTo(historyBefore.Item2);
            AssertValid(customer);
        }
    }

    private static void Apply(Customer customer, int command, DateTimeOffset now)
    {
        var who = (command & 4) == 0 ? A.Salesperson : A.OtherSalesperson;
        var stages = Enum.GetValues<LifecycleStage>();
        var triggers = Enum.GetValues<StageTrigger>();
        var grades = Enum.GetValues<CustomerGrade>();
        switch (Math.Abs(command % 14))
        {
            case 0: customer.Advance(triggers[Math.Abs(command / 14) % triggers.Length], who, now); break;
            case 1:
                customer.MoveStage(
                stages[Math.Abs(command / 14) % stages.Length], (command & 8) == 0 ? "原因" : "", who, now); break;
            case 2:
                customer.Regrade(grades[Math.Abs(
                command / 14) % grades.Length], "调整", who, (command & 16) == 0 ? null : A.Supervisor, now); break;
            case 3: customer.ReviewGrade(who, now); break;
            case 4: customer.Reopen("重新开启", who, now); break;
            case 5: customer.ReleaseToPool(who, "放入公海", now); break;
            case 6: customer.ClaimFromPool(who, new PoolClaimContext(Pool, Math.Abs(command / 14) % 12, 0), now); break;
            case 7:
                customer.ReclaimToPool(
                Pool, (command & 8) == 0, Today, now.AddDays(Math.Abs(command / 14) % 40)); break;
            case 8: customer.RecordRepurchaseIntent("增购", who, (command & 16) == 0 ? null : A.Supervisor, now); break;
            case 9: customer.Tag(Enumerable.Range(0, Math.Abs(command / 14) % 25).Select(i => $"标签{i}"), now); break;
            case 10: customer.Archive(who, now); break;
            case 11: customer.Restore(who, now); break;
            case 12:
                customer.RecordNeeds(new CustomerNeeds(
                "ERP", command % 3 == 0 ? 10 : 100, 50, "CNY", null, DecisionChain.Short, null), now); break;
            default:
                customer.Evaluate(
                CustomerEvaluation.Score(Math.Abs(command / 14) % 7, 3, 3, null, who, now), now); break;
        }
    }

    private static void AssertValid(Customer customer)
    {
        if (customer.Grade == CustomerGrade.A)
        {
            customer.SupervisorGuideId.ShouldNotBeNull("an A-grade customer without a supervisor guide");
        }

        if (customer.Stage is LifecycleStage.Churned or LifecycleStage.Lost)
        {
            customer.ClosedReason.ShouldNotBeNullOrWhiteSpace("churned or lost without a reason");
        }

        if (customer.InPool)
        {
            customer.ReleasedToPoolAt.ShouldNotBeNull("a pool customer with no release time");
        }
        else
        {
            customer.ReleasedToPoolAt.ShouldBeNull("an owned customer still marked as released");
        }

        customer.StageHistory[^1].To.ShouldBe(customer.Stage);
        customer.Tags.Count.ShouldBeLessThanOrEqualTo(Customer.MaxTags);
    }

    private static string Fingerprint(Customer c) => string.Join('|',
        c.Stage, c.Grade, c.SupervisorGuideId, c.OwnerId, c.PreviousOwnerId, c.ReleasedToPoolAt, c.ClosedReason, c.IsArchived,
        c.StageHistory.Count, c.GradeHistory.Count, c.GradeReviewedAt, string.Join(
            ',', c.Tags), c.Needs, c.Evaluation, c.ReclaimClock);
}
