using System.Globalization;

namespace CrmGraph.Domain.Reminders;

/// <summary>
/// The stable cause of each reminder. A cause changes only when the situation is new (a plan rescheduled, a grade
/// reviewed again, another day, another year's birthday), so re-running the rules never repeats a reminder.
/// </summary>
public static class ReminderCauses
{
    public static string Key(string cause, Guid recipientId) => $"{cause}|{recipientId:N}";

    public static string FollowUpOverdue(Guid planId, DateTimeOffset dueAt) => $"follow-up-overdue:{planId:N}:{Stamp(dueAt)}";

    public static string FollowUpDueSoon(Guid planId, DateTimeOffset dueAt) => $"follow-up-due-soon:{planId:N}:{Stamp(dueAt)}";

    public static string KeyDate(Guid customerId, string what, DateOnly occurrence) => $"key-date:{customerId:N}:{what}:{Day(occurrence)}";

    public static string ContractExpiring(Guid customerId, DateOnly termEnd) => $"contract-expiry:{customerId:N}:{Day(termEnd)}";

    public static string GradeReviewStale(Guid customerId, DateTimeOffset? lastReviewedAt) => $"grade-review:{customerId:N}:{Stamp(lastReviewedAt)}";

    public static string ContactVerificationStale(Guid customerId, DateTimeOffset? lastVerifiedAt) => $"contact-verification:{customerId:N}:{Stamp(lastVerifiedAt)}";

    public static string FirstFollowUpMissing(Guid customerId) => $"first-follow-up:{customerId:N}";

    public static string AGradeNotFollowedUpToday(Guid customerId, DateOnly today) => $"a-grade-today:{customerId:N}:{Day(today)}";

    public static string PoolReclaimWarning(Guid customerId, DateTimeOffset clockStartedAt) => $"pool-reclaim:{customerId:N}:{Stamp(clockStartedAt)}";

    private static string Stamp(DateTimeOffset? at) => at is { } value ? value.UtcTicks.ToString(CultureInfo.InvariantCulture) : "never";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
