using System.Globalization;

namespace CrmGraph.Domain.Reminders;

/// <summary>
/// Writes a reminder for people: local times in the team's zone ("12月3日 15:00" / "3 Dec, 15:00"), the zone named
/// when it is not UTC+8, and, when a reader's now is given, relative words ("今天 15:00" / "yesterday 09:30"). Without
/// a now the text is absolute, so a stored copy never goes stale. Machine stamps appear only in cause keys.
/// </summary>
public static class ReminderText
{
    private static readonly TimeSpan Home = TimeSpan.FromHours(8);

    /// <param name="kind">The reminder's kind.</param>
    /// <param name="dueAt">The reminder's due instant.</param>
    /// <param name="wording">What the text names.</param>
    /// <param name="chinese">True for Chinese, false for English.</param>
    /// <param name="readerNow">The reader's now for relative words; null for absolute text.</param>
    public static string Write(ReminderKind kind, DateTimeOffset dueAt, ReminderWording wording, bool chinese,
        DateTimeOffset? readerNow = null)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(wording.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var words = new Words(zone, chinese, readerNow);
        return wording.CustomerCount is { } count
            ? Digest(kind, dueAt, wording, count, words)
            : Single(kind, dueAt, wording, words);
    }

    private static string Single(ReminderKind kind, DateTimeOffset dueAt, ReminderWording w, Words t)
    {
        var name = w.SubjectName ?? string.Empty;
        var since = w.OccurredAt ?? dueAt;
        return (kind, t.Chinese) switch
        {
            (ReminderKind.FollowUpOverdue, false) => $"Follow-up with {name} is overdue (due {t.Time(dueAt)}).",
            (ReminderKind.FollowUpOverdue, true) => $"{name} 的跟进已逾期（计划时间 {t.Time(dueAt)}）。",
            (ReminderKind.FollowUpDueSoon, false) => $"Follow-up with {name} is due {t.Time(dueAt)}.",
            (ReminderKind.FollowUpDueSoon, true) => $"{name} 的跟进将于 {t.Time(dueAt)} 到期。",
            (ReminderKind.KeyDateAhead or ReminderKind.ContractExpiring, false) =>
                $"{name}: {w.Detail} {t.DayPhrase(dueAt)}.",
            (ReminderKind.KeyDateAhead or ReminderKind.ContractExpiring, true) =>
                $"{name}：{w.Detail}（{t.Day(dueAt)}）即将到来。",
            (ReminderKind.GradeReviewStale, false) =>
                $"The grade of {name} has not been reviewed for {w.Days} days (since {t.Day(since)}).",
            (ReminderKind.GradeReviewStale, true) => $"{name} 的分级已 {w.Days} 天未复核（自 {t.Day(since)} 起）。",
            (ReminderKind.ContactVerificationStale, false) =>
                $"Verify the contact details of {name} (not checked since {t.Day(since)}).",
            (ReminderKind.ContactVerificationStale, true) => $"请核对 {name} 的联系方式（自 {t.Day(since)} 起未核对）。",
            (ReminderKind.NewCustomerWithoutFollowUp, false) =>
                $"New customer {name} (first contact {t.Day(since)}) has had no follow-up for over {w.Days} days.",
            (ReminderKind.NewCustomerWithoutFollowUp, true) =>
                $"新客户 {name}（首次接触 {t.Day(since)}）超过 {w.Days} 天未跟进。",
            (ReminderKind.GradeAWithoutFollowUpToday, false) =>
                $"A-grade customer {name}: no follow-up {t.DayPhrase(dueAt)}.",
            (ReminderKind.GradeAWithoutFollowUpToday, true) => $"A级客户 {name} {t.Day(dueAt)}尚未跟进。",
            (ReminderKind.PoolReclaimWarning, false) =>
                $"{name} returns to the pool {t.Time(dueAt)} unless followed up.",
            (ReminderKind.PoolReclaimWarning, true) => $"{name} 将于 {t.Time(dueAt)} 进入公海，请及时跟进。",
            (ReminderKind.PoolReclaimed, false) =>
                $"{name} was returned to the pool {t.Time(since)}: no follow-up in time.",
            (ReminderKind.PoolReclaimed, true) => $"{name} 因未及时跟进，已于 {t.Time(since)} 被回收至公海。",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No text for this kind."),
        };
    }

    private static string Digest(ReminderKind kind, DateTimeOffset dueAt, ReminderWording w, int n, Words t) =>
        (kind, t.Chinese) switch
        {
            (ReminderKind.FollowUpOverdue, false) => $"{n} customers have overdue follow-ups.",
            (ReminderKind.FollowUpOverdue, true) => $"{n} 位客户的跟进已逾期。",
            (ReminderKind.FollowUpDueSoon, false) => $"{n} customers have follow-ups due soon.",
            (ReminderKind.FollowUpDueSoon, true) => $"{n} 位客户的跟进即将到期。",
            (ReminderKind.KeyDateAhead, false) => $"{n} customers have key dates coming up.",
            (ReminderKind.KeyDateAhead, true) => $"{n} 位客户的重要日期即将到来。",
            (ReminderKind.ContractExpiring, false) => $"{n} customers have contracts expiring soon.",
            (ReminderKind.ContractExpiring, true) => $"{n} 位客户的合同即将到期。",
            (ReminderKind.GradeReviewStale, false) =>
                $"{n} customers' grades have not been reviewed for {w.Days} days.",
            (ReminderKind.GradeReviewStale, true) => $"{n} 位客户的分级已超过 {w.Days} 天未复核。",
            (ReminderKind.ContactVerificationStale, false) => $"{n} customers' contact details need verifying.",
            (ReminderKind.ContactVerificationStale, true) => $"{n} 位客户的联系方式需要核对。",
            (ReminderKind.NewCustomerWithoutFollowUp, false) =>
                $"{n} new customers without a follow-up for over {w.Days} days.",
            (ReminderKind.NewCustomerWithoutFollowUp, true) => $"{n} 位新客户超过 {w.Days} 天未跟进。",
            (ReminderKind.GradeAWithoutFollowUpToday, false) =>
                $"{n} A-grade customers: no follow-up {t.DayPhrase(dueAt)}.",
            (ReminderKind.GradeAWithoutFollowUpToday, true) => $"{n} 位A级客户{t.Day(dueAt)}尚未跟进。",
            (ReminderKind.PoolReclaimWarning, false) => $"{n} customers return to the pool soon unless followed up.",
            (ReminderKind.PoolReclaimWarning, true) => $"{n} 位客户即将进入公海，请及时跟进。",
            (ReminderKind.PoolReclaimed, false) => $"{n} customers were returned to the pool: no follow-up in time.",
            (ReminderKind.PoolReclaimed, true) => $"{n} 位客户因未及时跟进已被回收至公海。",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No text for this kind."),
        };

    /// <summary>Dates and times in one zone, one language, absolute or relative to a reader's now.</summary>
    private sealed class Words(TimeZoneInfo zone, bool chinese, DateTimeOffset? readerNow)
    {
        public bool Chinese => chinese;

        /// <summary>"今天 15:00", "12月3日 15:00（UTC+9）" / "today 15:00", "3 Dec, 15:00 (UTC+9)".</summary>
        public string Time(DateTimeOffset instant)
        {
            var local = TimeZoneInfo.ConvertTime(instant, zone);
            var clock = local.ToString("HH:mm", CultureInfo.InvariantCulture);
            var text = Relative(local) is { } word
                ? $"{word} {clock}"
                : $"{Date(local)}{(chinese ? " " : ", ")}{clock}";
            return text + ZoneSuffix(local.Offset);
        }

        /// <summary>"今天", "12月3日" / "today", "3 Dec": a day in the team's zone.</summary>
        public string Day(DateTimeOffset instant)
        {
            var local = TimeZoneInfo.ConvertTime(instant, zone);
            return Relative(local) ?? Date(local);
        }

        /// <summary>A day that can follow a verb: "today", "tomorrow", "on 3 Dec".</summary>
        public string DayPhrase(DateTimeOffset instant)
        {
            var local = TimeZoneInfo.ConvertTime(instant, zone);
            return Relative(local) ?? $"on {Date(local)}";
        }

        private string Date(DateTimeOffset local)
        {
            var sameYear = readerNow is not { } now || TimeZoneInfo.ConvertTime(now, zone).Year == local.Year;
            if (chinese)
            {
                return sameYear ? $"{local.Month}月{local.Day}日" : $"{local.Year}年{local.Month}月{local.Day}日";
            }

            var month = local.ToString("MMM", CultureInfo.InvariantCulture);
            return sameYear ? $"{local.Day} {month}" : $"{local.Day} {month} {local.Year}";
        }

        private string? Relative(DateTimeOffset local)
        {
            if (readerNow is not { } now)
            {
                return null;
            }

            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
            return (DateOnly.FromDateTime(local.DateTime).DayNumber - today.DayNumber, chinese) switch
            {
                (0, true) => "今天",
                (-1, true) => "昨天",
                (1, true) => "明天",
                (0, false) => "today",
                (-1, false) => "yesterday",
                (1, false) => "tomorrow",
                _ => null,
            };
        }

        private string ZoneSuffix(TimeSpan offset)
        {
            if (offset == Home)
            {
                return string.Empty;
            }

            var sign = offset < TimeSpan.Zero ? "-" : "+";
            var abs = offset.Duration();
            var name = offset == TimeSpan.Zero ? "UTC"
                : abs.Minutes == 0 ? $"UTC{sign}{abs.Hours}" : $"UTC{sign}{abs.Hours}:{abs.Minutes:D2}";
            return chinese ? $"（{name}）" : $" ({name})";
        }
    }
}
