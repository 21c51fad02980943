using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Teams;

/// <summary>公海规则: when customers return to the team pool and how they may be claimed.</summary>
public sealed class PoolPolicy
{
    public bool Enabled { get; set; } = true;

    /// <summary>A customer with no follow-up for this many days returns to the pool.</summary>
    public int ReclaimAfterDays { get; set; } = 30;

    /// <summary>Optional per-grade overrides of <see cref="ReclaimAfterDays"/>; null uses the default.</summary>
    public int? ReclaimAfterDaysGradeA { get; set; }

    public int? ReclaimAfterDaysGradeB { get; set; }

    public int? ReclaimAfterDaysGradeC { get; set; }

    /// <summary>The owner is warned this many days before the reclaim.</summary>
    public int WarningDaysAhead { get; set; } = 3;

    /// <summary>The previous owner may not claim the customer back for this many hours.</summary>
    public int PreviousOwnerCooldownHours { get; set; } = 24;

    /// <summary>How many pool customers one salesperson may claim per day.</summary>
    public int DailyClaimCap { get; set; } = 10;

    /// <summary>How many customers one salesperson may hold at most.</summary>
    public int HoldingCap { get; set; } = 200;

    /// <summary>The reclaim clock pauses while the customer has an open deal.</summary>
    public bool PauseWhileDealOpen { get; set; } = true;

    /// <summary>The reclaim clock pauses while a contract is unexpired.</summary>
    public bool PauseWhileContractActive { get; set; } = true;

    public int ReclaimDaysFor(CustomerGrade? grade) => grade switch
    {
        CustomerGrade.A => ReclaimAfterDaysGradeA ?? ReclaimAfterDays,
        CustomerGrade.B => ReclaimAfterDaysGradeB ?? ReclaimAfterDays,
        CustomerGrade.C => ReclaimAfterDaysGradeC ?? ReclaimAfterDays,
        _ => ReclaimAfterDays,
    };
}
