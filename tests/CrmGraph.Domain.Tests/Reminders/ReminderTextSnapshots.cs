using System.Text;
using System.Text.RegularExpressions;
using CrmGraph.Domain.Reminders;
using Snapshooter;
using Snapshooter.Xunit;

namespace CrmGraph.Domain.Tests.Reminders;

/// <summary>
/// The text of every reminder kind, single and digest, in Chinese and English, for a fixed reader's now
/// (3 Dec 2026, 10:00 in Shanghai): relative (as read), absolute (as stored), and in a team outside UTC+8.
/// </summary>
public sealed partial class ReminderTextSnapshots
{
    private const string Shanghai = "Asia/Shanghai";
    private const string Tokyo = "Asia/Tokyo";
    private const string London = "Europe/London";

    // 10:00 on 3 Dec 2026 in Shanghai.
    private static readonly DateTimeOffset ReaderNow = new(2026, 12, 3, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Every_kind_reads_in_local_time_with_relative_words(string language)
    {
        var text = new StringBuilder();
        foreach (var (kind, dueAt, wording) in Cases())
        {
            var chinese = language == "zh";
            text.Append(kind).Append(wording.CustomerCount is null ? string.Empty : " (digest)")
                .Append(" [").Append(wording.TimeZoneId).AppendLine("]")
                .Append("  as read:   ").AppendLine(ReminderText.Write(kind, dueAt, wording, chinese, ReaderNow))
                .Append("  as stored: ").AppendLine(ReminderText.Write(kind, dueAt, wording, chinese));
        }

        text.ToString().MatchSnapshot(SnapshotNameExtension.Create(language));
    }

    [Fact]
    public void No_text_has_a_machine_stamp_and_a_Shanghai_team_never_reads_UTC()
    {
        foreach (var (kind, dueAt, wording) in Cases())
        {
            foreach (var chinese in new[] { true, false })
            {
                foreach (var now in new DateTimeOffset?[] { null, ReaderNow, ReaderNow.AddDays(40) })
                {
                    var text = ReminderText.Write(kind, dueAt, wording, chinese, now);
                    Stamp().IsMatch(text).ShouldBeFalse(text);
                    if (wording.TimeZoneId == Shanghai)
                    {
                        text.ShouldNotContain("UTC");
                    }
                }
            }
        }
    }

    [Fact]
    public void Relative_words_follow_the_readers_now_not_the_time_it_was_made()
    {
        var wording = new ReminderWording(Shanghai, "深圳华强");
        var due = new DateTimeOffset(2026, 12, 3, 7, 0, 0, TimeSpan.Zero); // 15:00 in Shanghai

        ReminderText.Write(ReminderKind.FollowUpOverdue, due, wording, true, ReaderNow)
            .ShouldBe("深圳华强 的跟进已逾期（计划时间 今天 15:00）。");
        ReminderText.Write(ReminderKind.FollowUpOverdue, due, wording, true, ReaderNow.AddDays(1))
            .ShouldBe("深圳华强 的跟进已逾期（计划时间 昨天 15:00）。");
        ReminderText.Write(ReminderKind.FollowUpOverdue, due, wording, false, ReaderNow.AddDays(2))
            .ShouldBe("Follow-up with 深圳华强 is overdue (due 3 Dec, 15:00).");
        ReminderText.Write(ReminderKind.FollowUpOverdue, due, wording, true)
            .ShouldBe("深圳华强 的跟进已逾期（计划时间 12月3日 15:00）。");
    }

    private static IEnumerable<(ReminderKind Kind, DateTimeOffset DueAt, ReminderWording Wording)> Cases()
    {
        var today15 = new DateTimeOffset(2026, 12, 3, 7, 0, 0, TimeSpan.Zero);
        var yesterday0930 = new DateTimeOffset(2026, 12, 2, 1, 30, 0, TimeSpan.Zero);
        var tomorrow10 = new DateTimeOffset(2026, 12, 4, 2, 0, 0, TimeSpan.Zero);
        var inAWeek = new DateTimeOffset(2026, 12, 10, 1, 0, 0, TimeSpan.Zero);
        var nextYear = new DateTimeOffset(2027, 1, 2, 1, 0, 0, TimeSpan.Zero);
        var lastWeek = new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);
        var name = new ReminderWording(Shanghai, "深圳华强");
        yield return (ReminderKind.FollowUpOverdue, yesterday0930, name);
        yield return (ReminderKind.FollowUpOverdue, today15, name with { TimeZoneId = Tokyo });
        yield return (ReminderKind.FollowUpOverdue, lastWeek, name with { TimeZoneId = London });
        yield return (ReminderKind.FollowUpDueSoon, today15, name);
        yield return (ReminderKind.FollowUpDueSoon, tomorrow10, name with { TimeZoneId = Tokyo });
        yield return (ReminderKind.KeyDateAhead, inAWeek, name with { Detail = "王总生日" });
        yield return (ReminderKind.KeyDateAhead, tomorrow10, name with { Detail = "公司周年" });
        yield return (ReminderKind.ContractExpiring, nextYear, name with { Detail = "年度服务合同" });
        yield return (ReminderKind.GradeReviewStale, today15, name with { OccurredAt = lastWeek, Days = 7 });
        yield return (ReminderKind.ContactVerificationStale, today15, name with { OccurredAt = lastWeek, Days = 7 });
        yield return (
            ReminderKind.NewCustomerWithoutFollowUp, yesterday0930, name with { OccurredAt = lastWeek, Days = 7 });
        yield return (ReminderKind.GradeAWithoutFollowUpToday, today15, name);
        yield return (ReminderKind.GradeAWithoutFollowUpToday, today15.AddDays(-1), name);
        yield return (ReminderKind.PoolReclaimWarning, inAWeek, name);
        yield return (ReminderKind.PoolReclaimed, today15, name with { OccurredAt = yesterday0930 });
        foreach (var kind in Enum.GetValues<ReminderKind>())
        {
            var days =
                kind is ReminderKind.NewCustomerWithoutFollowUp or ReminderKind.GradeReviewStale ? 7 : (int?)null;
            yield return (kind, ReaderNow, new ReminderWording(Shanghai, null, Days: days, CustomerCount: 37));
        }
    }

    [GeneratedRegex(@"\d{8}T\d{4}")]
    private static partial Regex Stamp();
}
