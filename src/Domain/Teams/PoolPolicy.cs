using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Teams;

/// <summary>公海规则: when customers return to the team pool and how they may be claimed.</summary>
public sealed class PoolPolicy
{
    /// <summary>Whether the team runs a customer pool. 是否启用公海。</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>A customer with no follow-up for this many days returns to the pool. 客户连续这么多天无跟进即回收至公海。</summary>
    public int ReclaimAfterDays { get; init; } = 30;

    /// <summary>
    /// Optional per-grade overrides of <see cref="ReclaimAfterDays"/>; null uses the default.
    /// 可选：按客户分级覆盖回收天数（此项为 A 级）；为 null 时使用默认值。
    /// </summary>
    public int? ReclaimAfterDaysGradeA { get; init; }

    /// <summary>
    /// Optional override of `reclaimAfterDays` for grade B; null uses the default.
    /// B 级客户的回收天数（可选）；为 null 时使用默认值。
    /// </summary>
    public int? ReclaimAfterDaysGradeB { get; init; }

    /// <summary>
    /// Optional override of `reclaimAfterDays` for grade C; null uses the default.
    /// C 级客户的回收天数（可选）；为 null 时使用默认值。
    /// </summary>
    public int? ReclaimAfterDaysGradeC { get; init; }

    /// <summary>The owner is warned this many days before the reclaim. 回收前提前这么多天提醒负责人。</summary>
    public int WarningDaysAhead { get; init; } = 3;

    /// <summary>The previous owner may not claim the customer back for this many hours. 原负责人在这么多小时内不能重新领取该客户。</summary>
    public int PreviousOwnerCooldownHours { get; init; } = 24;

    /// <summary>How many pool customers one salesperson may claim per day. 每个业务员每天最多可领取的公海客户数。</summary>
    public int DailyClaimCap { get; init; } = 10;

    /// <summary>How many customers one salesperson may hold at most. 每个业务员最多可持有的客户数。</summary>
    public int HoldingCap { get; init; } = 200;

    /// <summary>The reclaim clock pauses while the customer has an open deal. 客户有进行中的商机时，回收计时暂停。</summary>
    public bool PauseWhileDealOpen { get; init; } = true;

    /// <summary>The reclaim clock pauses while a contract is unexpired. 合同未到期期间，回收计时暂停。</summary>
    public bool PauseWhileContractActive { get; init; } = true;

    public int ReclaimDaysFor(CustomerGrade? grade) => grade switch
    {
        CustomerGrade.A => ReclaimAfterDaysGradeA ?? ReclaimAfterDays,
        CustomerGrade.B => ReclaimAfterDaysGradeB ?? ReclaimAfterDays,
        CustomerGrade.C => ReclaimAfterDaysGradeC ?? ReclaimAfterDays,
        _ => ReclaimAfterDays,
    };
}
