using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Customers;

/// <summary>
/// The lifecycle state machine, in one table: which forward moves each event justifies, and which moves a person
/// may make with a reason (backwards, to at-risk, churned or lost). Everything else is refused.
/// </summary>
public static class LifecycleMachine
{
    private static readonly Dictionary<(LifecycleStage From, StageTrigger Trigger), LifecycleStage> Forward = new()
    {
        [(LifecycleStage.Prospect, StageTrigger.Evaluated)] = LifecycleStage.Qualified,
        [(LifecycleStage.Prospect, StageTrigger.FirstFollowUp)] = LifecycleStage.FollowingUp,
        [(LifecycleStage.Qualified, StageTrigger.FirstFollowUp)] = LifecycleStage.FollowingUp,
        [(LifecycleStage.Prospect, StageTrigger.DealWon)] = LifecycleStage.Established,
        [(LifecycleStage.Qualified, StageTrigger.DealWon)] = LifecycleStage.Established,
        [(LifecycleStage.FollowingUp, StageTrigger.DealWon)] = LifecycleStage.Established,
        [(LifecycleStage.Established, StageTrigger.FirstMaintenance)] = LifecycleStage.Maintaining,
        [(LifecycleStage.Established, StageTrigger.RiskObserved)] = LifecycleStage.AtRisk,
        [(LifecycleStage.Maintaining, StageTrigger.RiskObserved)] = LifecycleStage.AtRisk,
        [(LifecycleStage.WonBack, StageTrigger.RiskObserved)] = LifecycleStage.AtRisk,
        [(LifecycleStage.AtRisk, StageTrigger.WonBack)] = LifecycleStage.WonBack,
        [(LifecycleStage.Churned, StageTrigger.WonBack)] = LifecycleStage.WonBack,
        [(LifecycleStage.WonBack, StageTrigger.DealWon)] = LifecycleStage.Established,
        [(LifecycleStage.Maintaining, StageTrigger.DealWon)] = LifecycleStage.Established,
        [(LifecycleStage.WonBack, StageTrigger.FirstMaintenance)] = LifecycleStage.Maintaining,
        [(LifecycleStage.Lost, StageTrigger.Reopened)] = LifecycleStage.Prospect,
    };

    /// <summary>The stage an event moves a customer to, or null when the event does not move this stage.</summary>
    public static LifecycleStage? After(LifecycleStage from, StageTrigger trigger) =>
        Forward.TryGetValue((from, trigger), out var to) ? to : null;

    /// <summary>Moves a person may make by hand; each needs a reason.</summary>
    public static bool IsManualMoveAllowed(LifecycleStage from, LifecycleStage to) => (from, to) switch
    {
        _ when from == to => false,
        (LifecycleStage.Lost, _) or (LifecycleStage.Churned, _) => false,
        (_, LifecycleStage.Lost) =>
            from is LifecycleStage.Prospect or LifecycleStage.Qualified or LifecycleStage.FollowingUp,
        (_, LifecycleStage.Churned) => from is LifecycleStage.Established or LifecycleStage.Maintaining
            or LifecycleStage.AtRisk or LifecycleStage.WonBack,
        (_, LifecycleStage.AtRisk) =>
            from is LifecycleStage.Established or LifecycleStage.Maintaining or LifecycleStage.WonBack,
        _ => Rank(to) < Rank(from) && Rank(from) <= Rank(LifecycleStage.Maintaining),
    };

    /// <summary>Whether the manual move goes backwards or out (all manual moves do) — kept for messages.</summary>
    public static DomainException NotAllowed(LifecycleStage from, LifecycleStage to) => new(
        "STAGE_TRANSITION_NOT_ALLOWED",
        $"A customer cannot move from {from} to {to} by hand; forward moves follow their events (evaluation, first " +
        "follow-up, won deal, first maintenance).",
        $"客户不能手动从“{from}”调整到“{to}”；阶段推进须由评估、首次跟进、成交或首次维护触发。",
        "stage");

    private static int Rank(LifecycleStage stage) => stage switch
    {
        LifecycleStage.Prospect => 0,
        LifecycleStage.Qualified => 1,
        LifecycleStage.FollowingUp => 2,
        LifecycleStage.Established => 3,
        LifecycleStage.Maintaining => 4,
        _ => 5,
    };
}
