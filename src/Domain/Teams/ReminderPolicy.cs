namespace CrmGraph.Domain.Teams;

/// <summary>跟进提醒: how far ahead and after how long reminders fall due.</summary>
public sealed class ReminderPolicy
{
    /// <summary>A planned follow-up is "due soon" this many hours before its time.</summary>
    public int DueSoonHours { get; init; } = 24;

    /// <summary>Birthdays, anniversaries and custom key dates are reminded this many days ahead.</summary>
    public int KeyDateLeadDays { get; init; } = 7;

    /// <summary>Contract expiry is reminded this many days ahead.</summary>
    public int ContractExpiryLeadDays { get; init; } = 30;

    /// <summary>A grade not reviewed for this many days is reminded (每周更新客户分级).</summary>
    public int GradeReviewStaleDays { get; init; } = 7;

    /// <summary>Contact details not verified for this many days are reminded (每周核对联系方式).</summary>
    public int ContactVerificationStaleDays { get; init; } = 7;

    /// <summary>Customers are entered within this many hours of first contact (24小时内完成录入).</summary>
    public int EntryDeadlineHours { get; init; } = 24;
}
