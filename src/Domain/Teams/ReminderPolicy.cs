namespace CrmGraph.Domain.Teams;

/// <summary>跟进提醒: how far ahead and after how long reminders fall due.</summary>
public sealed class ReminderPolicy
{
    /// <summary>A planned follow-up is "due soon" this many hours before its time. 跟进计划在计划时间前这么多小时内视为“即将跟进”。</summary>
    public int DueSoonHours { get; init; } = 24;

    /// <summary>
    /// Birthdays, anniversaries and custom key dates are reminded this many days ahead. 生日、周年纪念日和自定义重要日期提前这么多天提醒。
    /// </summary>
    public int KeyDateLeadDays { get; init; } = 7;

    /// <summary>Contract expiry is reminded this many days ahead. 合同到期提前这么多天提醒。</summary>
    public int ContractExpiryLeadDays { get; init; } = 30;

    /// <summary>A grade not reviewed for this many days is reminded (每周更新客户分级).</summary>
    public int GradeReviewStaleDays { get; init; } = 7;

    /// <summary>Contact details not verified for this many days are reminded (每周核对联系方式).</summary>
    public int ContactVerificationStaleDays { get; init; } = 7;

    /// <summary>Customers are entered within this many hours of first contact (24小时内完成录入).</summary>
    public int EntryDeadlineHours { get; init; } = 24;

    /// <summary>
    /// Only customers first contacted within this many days count as new for the first-follow-up reminder (新客户窗口,
    /// 天); older records, e.g. imported from a spreadsheet, are not new. At least cadence.newCustomerFirstFollowUpDays.
    /// </summary>
    public int NewCustomerWindowDays { get; init; } = 30;

    /// <summary>
    /// A scan that would give one person more than this many reminders of one kind stores one digest instead, linking
    /// to the list of those customers (超过此数量的同类提醒合并为一条汇总提醒). 1–1000.
    /// </summary>
    public int DigestAbove { get; init; } = 20;
}
