using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers.Events;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Customers;

/// <summary>The team pool (公海): reclaim after N days without follow-up, claims with cooldown and caps.</summary>
public sealed partial class Customer
{
    public ReclaimClock ReclaimClock { get; private set; } = ReclaimClock.StartAt(DateTimeOffset.UnixEpoch, false);

    /// <summary>When a follow-up with the customer last happened (最后跟进时间).</summary>
    public DateTimeOffset? LastFollowUpAt { get; private set; }

    public Guid? PreviousOwnerId { get; private set; }

    public DateTimeOffset? ReleasedToPoolAt { get; private set; }

    public bool InPool => OwnerId is null;

    /// <summary>When the current owner claimed the customer from the pool (领取时间); null when it was assigned.</summary>
    public DateTimeOffset? ClaimedAt { get; private set; }

    /// <summary>
    /// A follow-up happened at <paramref name="at"/>: the reclaim clock starts again from that moment (not from when
    /// it was recorded); a follow-up older than the clock's start does not extend it.
    /// </summary>
    public void RecordContact(DateTimeOffset at, DateTimeOffset now)
    {
        var when = Guard.Utc(at);
        if (LastFollowUpAt is null || when > LastFollowUpAt)
        {
            LastFollowUpAt = when;
        }

        if (when > ReclaimClock.StartedAt)
        {
            var start = when < now ? when : Guard.Utc(now);
            ReclaimClock = ReclaimClock.StartAt(start, ReclaimClock.IsPaused);
        }
    }

    /// <summary>Pauses the reclaim clock (an open deal, an unexpired contract).</summary>
    public void PauseReclaimClock(DateTimeOffset now) => ReclaimClock = ReclaimClock.Pause(Guard.Utc(now));

    public void ResumeReclaimClock(DateTimeOffset now) => ReclaimClock = ReclaimClock.Resume(Guard.Utc(now));

    /// <summary>
    /// Where the reclaim clock stands now, for previews, warnings and the reclaim job. The time a contract ran does
    /// not count: the clock counts from the later of its start and the contract's end (the first instant after the
    /// term's last day in <paramref name="zone"/>, the team's time zone; UTC when not given).
    /// </summary>
    public ReclaimPreview PreviewReclaim(
        PoolPolicy policy, bool hasOpenDeal, DateOnly today, DateTimeOffset now, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (!policy.Enabled || InPool || IsArchived || Stage is LifecycleStage.Lost or LifecycleStage.Churned)
        {
            return ReclaimPreview.NotApplicable;
        }

        var reasons = new List<string>();
        if (policy.PauseWhileDealOpen && hasOpenDeal)
        {
            reasons.Add("OPEN_DEAL");
        }

        if (policy.PauseWhileContractActive && HasActiveContract(today))
        {
            reasons.Add("ACTIVE_CONTRACT");
        }

        var left = TimeLeft(policy, now, zone);
        var paused = reasons.Count > 0 || ReclaimClock.IsPaused;
        return new ReclaimPreview(
            true,
            paused,
            reasons,
            Math.Round(left.TotalDays, 2),
            paused ? null : now + (left < TimeSpan.Zero ? TimeSpan.Zero : left),
            !paused && left <= TimeSpan.FromDays(policy.WarningDaysAhead) && left > TimeSpan.Zero);
    }

    /// <summary>The system returns the customer to the pool because its clock ran out (自动回收).</summary>
    public void ReclaimToPool(
        PoolPolicy policy, bool hasOpenDeal, DateOnly today, DateTimeOffset now, TimeZoneInfo? zone = null)
    {
        var preview = PreviewReclaim(policy, hasOpenDeal, today, now, zone);
        if (!preview.Applies || preview.Paused || TimeLeft(policy, now, zone) > TimeSpan.Zero)
        {
            throw new DomainException(
                "RECLAIM_NOT_DUE", "The customer's reclaim clock has not run out.", "该客户尚未到回收时间。");
        }

        Release(Guid.Empty, "RECLAIMED", now);
    }

    /// <summary>The owner gives the customer back to the pool (放入公海) with a reason.</summary>
    public void ReleaseToPool(Guid actorId, string reason, DateTimeOffset now)
    {
        var why = Guard.RequiredText(reason, "reason", 500, "放入公海原因");
        if (InPool)
        {
            throw new DomainException("ALREADY_IN_POOL", "The customer is already in the pool.", "该客户已在公海中。");
        }

        EnsureActive();
        Release(actorId, why, now);
    }

    /// <summary>A salesperson claims the customer from the pool (领取), within the team's cooldown and caps.</summary>
    public void ClaimFromPool(Guid claimantId, PoolClaimContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureActive();
        PoolRules.CheckClaim(this, claimantId, context, Guard.Utc(now));
        OwnerId = claimantId;
        ReleasedToPoolAt = null;
        ClaimedAt = Guard.Utc(now);
        ReclaimClock = ReclaimClock.StartAt(Guard.Utc(now), false);
        Raise(new CustomerClaimed(Id, claimantId, Guard.Utc(now)));
    }

    /// <summary>
    /// Hands the customer to another salesperson (转移); the reclaim clock starts again for them. Given the new
    /// owner's current holdings and the pool policy, the holding cap applies as it does to claims.
    /// </summary>
    public void TransferTo(
        Guid newOwnerId, Guid actorId, DateTimeOffset now, int? newOwnerHoldings = null, PoolPolicy? policy = null)
    {
        EnsureActive();
        if (OwnerId != newOwnerId
            && newOwnerHoldings is { } holdings
            && policy is not null
            && holdings >= policy.HoldingCap)
        {
            throw new DomainException(
                "HOLDING_CAP_REACHED",
                $"The new owner holds {holdings} customers; the team allows at most {policy.HoldingCap}.",
                $"接收人已拥有 {holdings} 个客户，团队上限为 {policy.HoldingCap} 个。", "ownerId");
        }

        if (OwnerId == newOwnerId)
        {
            return;
        }

        var from = OwnerId;
        OwnerId = newOwnerId;
        ReleasedToPoolAt = null;
        ClaimedAt = null;
        ReclaimClock = ReclaimClock.StartAt(Guard.Utc(now), ReclaimClock.IsPaused);
        Raise(new CustomerTransferred(Id, from, newOwnerId, actorId, Guard.Utc(now)));
    }

    /// <summary>
    /// Exact time left: the limit minus the running time, without pauses and without the contract's term.
    /// </summary>
    private TimeSpan TimeLeft(PoolPolicy policy, DateTimeOffset now, TimeZoneInfo? zone)
    {
        var elapsed = ReclaimClock.Elapsed(now);
        if (policy.PauseWhileContractActive && ContractEndsAt(zone) is { } end && end > ReclaimClock.StartedAt)
        {
            // Paused stretches inside the term are subtracted twice: the clock errs towards keeping the customer.
            var covered = (end < now ? end : now) - ReclaimClock.StartedAt;
            elapsed = elapsed > covered ? elapsed - covered : TimeSpan.Zero;
        }

        return TimeSpan.FromDays(policy.ReclaimDaysFor(Grade)) - elapsed;
    }

    private DateTimeOffset? ContractEndsAt(TimeZoneInfo? zone)
    {
        if (TermEnd is not { } end
            || Stage is not (LifecycleStage.Established or LifecycleStage.Maintaining or LifecycleStage.AtRisk
                or LifecycleStage.WonBack))
        {
            return null;
        }

        var local = end.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone?.GetUtcOffset(local) ?? TimeSpan.Zero).ToUniversalTime();
    }

    private void Release(Guid actorId, string reason, DateTimeOffset now)
    {
        PreviousOwnerId = OwnerId;
        OwnerId = null;
        ReleasedToPoolAt = Guard.Utc(now);
        Raise(new CustomerReleasedToPool(Id, PreviousOwnerId, reason, actorId, ReleasedToPoolAt.Value));
    }
}

/// <summary>What a claim is checked against: the claimant's claims today and holdings, and the team policy.</summary>
public sealed record PoolClaimContext(PoolPolicy Policy, int ClaimsToday, int Holdings);
