using CrmGraph.Domain.Common;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Tests.Customers;

/// <summary>"No follow-up for N days" counts from the follow-up itself, not from when it was written down.</summary>
public sealed class ReclaimClockRestarts
{
    private readonly PoolPolicy _policy = new() { ReclaimAfterDays = 30 };

    [Fact]
    public void A_follow_up_recorded_late_restarts_the_clock_from_when_it_happened()
    {
        var customer = A.Prospect();

        customer.RecordContact(A.Now.AddDays(10), A.Now.AddDays(12));

        customer.ReclaimClock.StartedAt.ShouldBe(A.Now.AddDays(10));
        customer.PreviewReclaim(_policy, false, new DateOnly(2026, 3, 14), A.Now.AddDays(12)).DaysLeft.ShouldBe(28);
    }

    [Fact]
    public void Back_recording_a_follow_up_older_than_the_clock_does_not_extend_it()
    {
        var customer = A.Prospect();
        customer.RecordContact(A.Now.AddDays(10), A.Now.AddDays(10));

        customer.RecordContact(A.Now.AddDays(5), A.Now.AddDays(11));

        customer.ReclaimClock.StartedAt.ShouldBe(A.Now.AddDays(10));
        customer.LastFollowUpAt.ShouldBe(A.Now.AddDays(10));
    }

    [Fact]
    public void A_transfer_beyond_the_new_owners_holding_cap_is_refused_and_changes_nothing()
    {
        var customer = A.Prospect();
        var policy = new PoolPolicy { HoldingCap = 2 };

        Should.Throw<DomainException>(
            () => customer.TransferTo(A.OtherSalesperson, A.Supervisor, A.Now, newOwnerHoldings: 2, policy: policy))
            .Code.ShouldBe("HOLDING_CAP_REACHED");

        customer.OwnerId.ShouldBe(A.Salesperson);
        customer.TransferTo(A.OtherSalesperson, A.Supervisor, A.Now, newOwnerHoldings: 1, policy: policy);
        customer.OwnerId.ShouldBe(A.OtherSalesperson);
    }
}
