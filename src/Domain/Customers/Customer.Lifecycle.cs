using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers.Events;

namespace CrmGraph.Domain.Customers;

/// <summary>
/// The six-stage lifecycle (客户管理六期): forward by events, backwards or out only by a person with a reason.
/// </summary>
public sealed partial class Customer
{
    public LifecycleStage Stage { get; private set; }

    /// <summary>合作模式 / 合作期限 / 合作成果 once a deal is won.</summary>
    public string? CooperationMode { get; private set; }

    public DateOnly? TermStart { get; private set; }

    public DateOnly? TermEnd { get; private set; }

    public string? CooperationResults { get; private set; }

    /// <summary>流失原因 when churned, or why a prospect was closed as lost.</summary>
    public string? ClosedReason { get; private set; }

    public IReadOnlyList<StageChange> StageHistory => _stageHistory;

    /// <summary>
    /// Applies the forward move an event justifies, if any; returns whether the stage changed. Internal: only the
    /// domain operations that carry the event call it (evaluation, recorded follow-up, won deal, maintenance,
    /// win-back, observed risk), so no caller can claim an event that did not happen.
    /// </summary>
    internal bool Advance(StageTrigger trigger, Guid actorId, DateTimeOffset now)
    {
        if (LifecycleMachine.After(Stage, trigger) is not { } next)
        {
            return false;
        }

        MoveTo(next, trigger, null, actorId, now);
        return true;
    }

    /// <summary>A person moves the stage backwards, to at-risk, churned or lost; a reason is required.</summary>
    public void MoveStage(LifecycleStage to, string reason, Guid actorId, DateTimeOffset now)
    {
        var why = Guard.RequiredText(reason, "reason", 500, "调整原因");
        if (!LifecycleMachine.IsManualMoveAllowed(Stage, to))
        {
            throw LifecycleMachine.NotAllowed(Stage, to);
        }

        EnsureActive();
        if (to is LifecycleStage.Churned or LifecycleStage.Lost)
        {
            ClosedReason = why;
        }

        MoveTo(to, StageTrigger.Manual, why, actorId, now);
        if (to == LifecycleStage.Churned)
        {
            Raise(new CustomerChurned(Id, why, actorId, Guard.Utc(now)));
        }
    }

    /// <summary>A lost prospect is reopened (重新开启) and starts again as a prospect.</summary>
    public void Reopen(string reason, Guid actorId, DateTimeOffset now)
    {
        var why = Guard.RequiredText(reason, "reason", 500, "重新开启原因");
        if (Stage != LifecycleStage.Lost)
        {
            throw new DomainException(
                "NOT_LOST", "Only a lost prospect can be reopened.", "只有已关闭的潜在客户可以重新开启。", "stage");
        }

        EnsureActive();
        ClosedReason = null;
        MoveTo(LifecycleStage.Prospect, StageTrigger.Reopened, why, actorId, now);
    }

    /// <summary>A won deal establishes the relationship (客户关系建立): cooperation mode, term and expiry.</summary>
    internal void EstablishRelationship(
        Guid dealId, string? cooperationMode, DateOnly? termStart, DateOnly? termEnd, Guid actorId, DateTimeOffset now)
    {
        if (termStart > termEnd)
        {
            throw new DomainException(
                "TERM_INVERTED", "The cooperation term ends before it starts.", "合作期限的结束日期早于开始日期。", "termEnd");
        }

        CooperationMode = Guard.OptionalText(cooperationMode, "cooperationMode", 200, "合作模式") ?? CooperationMode;
        TermStart = termStart ?? TermStart;
        TermEnd = termEnd ?? TermEnd;
        Advance(StageTrigger.DealWon, actorId, now);
        Raise(new RelationshipEstablished(Id, dealId, Guard.Utc(now)));
    }

    /// <summary>True while a signed contract has not expired (its term end is today or later).</summary>
    public bool HasActiveContract(DateOnly today) =>
        TermEnd is { } end && end >= today
        && Stage is LifecycleStage.Established or LifecycleStage.Maintaining or LifecycleStage.AtRisk
            or LifecycleStage.WonBack;

    private void MoveTo(LifecycleStage to, StageTrigger trigger, string? reason, Guid actorId, DateTimeOffset now)
    {
        var from = Stage;
        Stage = to;
        _stageHistory.Add(new StageChange(from, to, trigger, reason, actorId, Guard.Utc(now)));
        Raise(new CustomerStageChanged(Id, from, to, trigger, actorId, Guard.Utc(now)));
    }
}
