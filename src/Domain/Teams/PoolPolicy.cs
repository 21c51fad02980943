using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Teams;

/// <summary>公海规则: when customers return to the team pool and how they may be claimed.</summary>
public sealed class PoolPolicy
{
    public bool Enabled { get; init; } = true;

    /// <summary>A customer with no follow-up for this many days returns to the pool.</summary>
    public int ReclaimAfterDays { get; init; } = 30;

    /// <summary>Optional per-grade overrides of <see cref="ReclaimAfterDays"/>; null uses the default.</summary>
    public int? ReclaimAfterDaysGradeA { get; init; }

    public int? ReclaimAfterDaysGradeB { get; init; }

    public int? ReclaimAfterDaysGradeC { get; init; }

    /// <summary>The owner is warned this many days before the reclaim.</summary>
    public int WarningDaysAhead { get; init; } = 3;

    /// <summary>The previous owner may not claim the customer back for this many hours.</summary>
    public int PreviousOwnerCooldownHours { get; init; } = 24;

    /// <summary>How many pool customers one salesperson may claim per day.</summary>
    public int DailyClaimCap { get; init; } = 10;

    /// <summary>How many customers one salesperson may hold at most.</summary>
    public int HoldingCap { get; init; } = 200;

    /// <summary>The reclaim clock pauses while the customer has an open deal.</summary>
    public bool PauseWhileDealOpen { get; init; } = true;

    /// <summary>The reclaim clock pauses while a contract is unexpired.</summary>
    public bool PauseWhileContractActive { get; init; } = true;

    public int ReclaimDaysFor(CustomerGrade? grade) => grade switch
    {
        CustomerGrade.A => ReclaimAfterDaysGradeA ?? ReclaimAfterDays,
        CustomerGrade.B => ReclaimAfterDaysGradeB ?? ReclaimAfterDays,
        CustomerGrade.C => ReclaimAfterDaysGradeC ?? ReclaimAfterDays,
        _ => ReclaimAfterDays,
    };
}
