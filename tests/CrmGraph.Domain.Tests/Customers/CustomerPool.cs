using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Tests.Customers;

public sealed class CustomerPool
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private readonly PoolPolicy _policy =
        new() { ReclaimAfterDays = 30, WarningDaysAhead = 3, ReclaimAfterDaysGradeA = 10 };

    [Fact]
    public void The_clock_counts_down_from_the_last_follow_up_and_warns_ahead()
    {
        var customer = A.Prospect();
        customer.RecordContact(A.Now.AddDays(5), A.Now.AddDays(5));

        var preview = customer.PreviewReclaim(_policy, hasOpenDeal: false, Today, A.Now.AddDays(32));

        preview.DaysLeft.ShouldBe(3);
        preview.ReclaimAt.ShouldBe(A.Now.AddDays(35));
        preview.WarningDue.ShouldBeTrue();
        customer.PreviewReclaim(_policy, false, Today, A.Now.AddDays(31)).WarningDue.ShouldBeFalse();
    }

    [Fact]
    public void Pauses_exclude_time_so_the_preview_is_exact()
    {
        var customer = A.Prospect();
        customer.PauseReclaimClock(A.Now.AddDays(10));
        customer.ResumeReclaimClock(A.Now.AddDays(20));

        customer.PreviewReclaim(_policy, false, Today, A.Now.AddDays(25)).DaysLeft.ShouldBe(15);
        customer.PreviewReclaim(_policy, hasOpenDeal: true, Today, A.Now.AddDays(25)).PauseReasons.ShouldBe(
            ["OPEN_DEAL"]);
    }

    [Fact]
    public void Grade_specific_days_apply()
    {
        var customer = A.Prospect();
        customer.Regrade(CustomerGrade.A, "即将签约", A.Salesperson, A.Supervisor, A.Now);

        customer.PreviewReclaim(_policy, false, Today, A.Now.AddDays(4)).DaysLeft.ShouldBe(6);
    }

    [Fact]
    public void Reclaim_happens_only_when_due_and_leaves_no_owner()
    {
        var customer = A.Prospect();

        Should.Throw<DomainException>(
            () => customer.ReclaimToPool(_policy, false, Today, A.Now.AddDays(29))).Code.ShouldBe("RECLAIM_NOT_DUE");
        customer.ReclaimToPool(_policy, false, Today, A.Now.AddDays(30));

        customer.InPool.ShouldBeTrue();
        customer.OwnerId.ShouldBeNull();
        customer.PreviousOwnerId.ShouldBe(A.Salesperson);
    }

    [Fact]
    public void The_previous_owner_waits_for_the_cooldown_and_caps_apply()
    {
        var customer = A.Prospect();
        customer.ReleaseToPool(A.Salesperson, "无法联系", A.Now);

        Should.Throw<DomainException>(() => customer.ClaimFromPool(A.Salesperson, new PoolClaimContext(
            _policy, 0, 0), A.Now.AddHours(1))).Code.ShouldBe("PREVIOUS_OWNER_COOLDOWN");
        Should.Throw<DomainException>(() => customer.ClaimFromPool(
            A.OtherSalesperson, new PoolClaimContext(_policy, 10, 0), A.Now)).Code.ShouldBe("DAILY_CLAIM_CAP_REACHED");
        Should.Throw<DomainException>(() => customer.ClaimFromPool(
            A.OtherSalesperson, new PoolClaimContext(_policy, 0, 200), A.Now)).Code.ShouldBe("HOLDING_CAP_REACHED");
        customer.InPool.ShouldBeTrue();
        customer.ClaimFromPool(A.Salesperson, new PoolClaimContext(_policy, 0, 0), A.Now.AddHours(25));

        customer.OwnerId.ShouldBe(A.Salesperson);
    }

    [Fact]
    public void A_transfer_restarts_the_clock_for_the_new_owner()
    {
        var customer = A.Prospect();

        customer.TransferTo(A.OtherSalesperson, A.Supervisor, A.Now.AddDays(20));

        customer.PreviewReclaim(_policy, false, Today, A.Now.AddDays(21)).DaysLeft.ShouldBe(29);
    }
}
