using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Teams;

/// <summary>跟进频率: how often each kind of customer is followed up. Defaults from the team's written rules.</summary>
public sealed class CadencePolicy
{
    /// <summary>A: daily (goal: sign within 3 days). A 级：每天跟进（目标 3 天内签约）。</summary>
    public int GradeADays { get; init; } = 1;

    /// <summary>
    /// B: 2–3 times a week, i.e. every 3 days (goal: reach A within 2 weeks). B 级：每周 2–3 次，即每 3 天一次（目标 2 周内升为 A 级）。
    /// </summary>
    public int GradeBDays { get; init; } = 3;

    /// <summary>C: weekly (goal: move some to B each month). C 级：每周跟进一次（目标每月有部分客户升为 B 级）。</summary>
    public int GradeCDays { get; init; } = 7;

    /// <summary>A new customer gets a first follow-up within 1 week of first contact. 新客户在首次接触后 1 周内完成首次跟进。</summary>
    public int NewCustomerFirstFollowUpDays { get; init; } = 7;

    /// <summary>Established and maintained customers: monthly. 已建立合作和维护期客户：每月跟进一次。</summary>
    public int EstablishedDays { get; init; } = 30;

    /// <summary>Ungraded prospects: every two weeks. 未分级的潜在客户：每两周跟进一次。</summary>
    public int ProspectDays { get; init; } = 14;

    /// <summary>More follow-ups than this to one customer in one day are refused or warned (过犹不及).</summary>
    public int DailyCapPerCustomer { get; init; } = 3;

    /// <summary>
    /// True: a follow-up beyond the cap is refused; false: it is recorded with a warning. 为 true 时，超出每日上限的跟进被拒绝；为 false
    /// 时照常记录并给出警告。
    /// </summary>
    public bool RefuseBeyondDailyCap { get; init; } = true;

    /// <summary>The interval to the next follow-up for a customer in this stage and grade.</summary>
    public int IntervalDays(LifecycleStage stage, CustomerGrade? grade) => (stage, grade) switch
    {
        (LifecycleStage.Established or LifecycleStage.Maintaining or LifecycleStage.WonBack, null) => EstablishedDays,
        (LifecycleStage.Established or LifecycleStage.Maintaining or LifecycleStage.WonBack, not CustomerGrade.A) =>
            EstablishedDays,
        (_, CustomerGrade.A) => GradeADays,
        (_, CustomerGrade.B) => GradeBDays,
        (_, CustomerGrade.C) => GradeCDays,
        _ => ProspectDays,
    };
}
