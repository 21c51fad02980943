using System.Globalization;
using System.Text.RegularExpressions;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Api.Sheets.Cells;

/// <summary>A row of a 跟进策略 sheet: which setting of the team's cadence (CadencePolicy) it sets.</summary>
public enum CadenceSetting
{
    /// <summary>A类: cadence.gradeADays.</summary>
    GradeA,

    /// <summary>B类: cadence.gradeBDays.</summary>
    GradeB,

    /// <summary>C类: cadence.gradeCDays.</summary>
    GradeC,

    /// <summary>新客户首次跟进: cadence.newCustomerFirstFollowUpDays.</summary>
    NewCustomer,

    /// <summary>老客户 / 已成交客户 / 维护期客户: cadence.establishedDays.</summary>
    Established,

    /// <summary>潜在客户 / 未分级: cadence.prospectDays.</summary>
    Prospect,

    /// <summary>每日上限: cadence.dailyCapPerCustomer (a number of follow-ups, not days).</summary>
    DailyCap,
}

/// <summary>
/// The frequencies teams write in 跟进策略 (每天, 每周2-3次, 两周一次, 每半月, 1周内, 每5天 …) as days between follow-ups,
/// and the daily cap (3次). Words are compared after full-width forms are narrowed and spaces taken out; Chinese
/// numerals 一 to 十 and 两 count as digits. "N times a period" is the period over the mean count, rounded (每周2-3次:
/// 7 / 2.5 = 2.8 → 3, the domain's default for B).
/// </summary>
public static partial class CadenceValues
{
    /// <summary>The field of CadencePolicy each row sets, as the team settings mutation names it.</summary>
    public static string Field(CadenceSetting setting) => setting switch
    {
        CadenceSetting.GradeA => "gradeADays",
        CadenceSetting.GradeB => "gradeBDays",
        CadenceSetting.GradeC => "gradeCDays",
        CadenceSetting.NewCustomer => "newCustomerFirstFollowUpDays",
        CadenceSetting.Established => "establishedDays",
        CadenceSetting.Prospect => "prospectDays",
        _ => "dailyCapPerCustomer",
    };

    /// <summary>The team's current value of a setting.</summary>
    public static int Of(CadencePolicy cadence, CadenceSetting setting)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        return setting switch
        {
            CadenceSetting.GradeA => cadence.GradeADays,
            CadenceSetting.GradeB => cadence.GradeBDays,
            CadenceSetting.GradeC => cadence.GradeCDays,
            CadenceSetting.NewCustomer => cadence.NewCustomerFirstFollowUpDays,
            CadenceSetting.Established => cadence.EstablishedDays,
            CadenceSetting.Prospect => cadence.ProspectDays,
            _ => cadence.DailyCapPerCustomer,
        };
    }

    // Words rewritten before the patterns are tried (data, like the header synonyms).
    private static readonly (string Word, string As)[] Rewrites =
    [
        ("跟进", string.Empty), ("左右", string.Empty), ("以内", "内"), ("之内", "内"), ("半个月", "2周"),
        ("半月", "2周"), ("个月", "月"), ("星期", "周"), ("礼拜", "周"), ("日", "天"), ("天天", "每天"),
        ("两三", "2-3"), ("二三", "2-3"), ("一两", "1-2"), ("三四", "3-4"), ("~", "-"), ("〜", "-"), ("到", "-"),
        ("至", "-"), ("—", "-"), ("–", "-"), ("一", "1"), ("两", "2"), ("二", "2"), ("三", "3"), ("四", "4"),
        ("五", "5"), ("六", "6"), ("七", "7"), ("八", "8"), ("九", "9"),
    ];

    private static readonly Dictionary<string, int> UnitDays = new(StringComparer.Ordinal)
    {
        ["天"] = 1,
        ["周"] = 7,
        ["月"] = 30,
    };

    /// <summary>Days between follow-ups; null for a blank cell.</summary>
    /// <exception cref="CellException">The text is no frequency.</exception>
    public static int? ParseDays(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = Compact(text);
        var every = EveryPattern().Match(t);
        var within = WithinPattern().Match(t);
        double? days = null;
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var bare))
        {
            days = bare;
        }
        else if (every.Success && (every.Groups["each"].Success || every.Groups["n"].Success))
        {
            var n = Number(every.Groups["n"].Value, 1);
            var low = Number(every.Groups["low"].Value, 1);
            var high = Number(every.Groups["high"].Value, low);
            days = low == 0 || high < low ? null : n * UnitDays[every.Groups["unit"].Value] / ((low + high) / 2.0);
        }
        else if (within.Success)
        {
            days = Number(within.Groups["n"].Value, 1) * UnitDays[within.Groups["unit"].Value];
        }

        if (days is { } d && d > 0)
        {
            return Math.Max(1, (int)Math.Round(d, MidpointRounding.AwayFromZero));
        }

        throw new CellException(
            $"'{text.Trim()}' is not a follow-up frequency; write e.g. 每天, 每周2-3次, 每周, 每两周, 每月, 7天内 or 每5天.",
            $"“{text.Trim()}”不是有效的跟进频率，可写：每天、每周2-3次、每周、每两周、每月、7天内、每5天。");
    }

    /// <summary>The most follow-ups of one customer in one day (3, 3次, 每天最多3次); null for a blank cell.</summary>
    /// <exception cref="CellException">The text is no count.</exception>
    public static int? ParseCount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = CountPattern().Match(Compact(text));
        if (match.Success && Number(match.Groups["n"].Value, 0) is var n and > 0)
        {
            return n;
        }

        throw new CellException(
            $"'{text.Trim()}' is not a number of follow-ups a day; write e.g. 3 or 3次.",
            $"“{text.Trim()}”不是每天的跟进次数，可写：3 或 3次。");
    }

    /// <summary>How the export writes a number of days, in words the import reads back.</summary>
    public static string WriteDays(CadenceSetting setting, int days) => (setting, days) switch
    {
        (CadenceSetting.NewCustomer, 7) => "1周内",
        (CadenceSetting.NewCustomer, _) => $"{days}天内",
        (CadenceSetting.DailyCap, _) => $"{days}次",
        (_, 1) => "每天",
        (_, 3) => "每周2-3次",
        (_, 7) => "每周",
        (_, 14) => "每两周",
        (_, 30) => "每月",
        _ => $"每{days}天",
    };

    private static string Compact(string text)
    {
        var t = new string([.. CellText.Narrow(text).Where(c => !char.IsWhiteSpace(c))]);
        foreach (var (word, replacement) in Rewrites)
        {
            t = t.Replace(word, replacement, StringComparison.Ordinal);
        }

        // 十 as a numeral: 十 = 10, 十五 = 15, 二十 = 20 (the digits are already rewritten).
        return TenPattern().Replace(t, m =>
            ((m.Groups["tens"].Success ? int.Parse(m.Groups["tens"].Value, CultureInfo.InvariantCulture) : 1) * 10
                + (m.Groups["ones"].Success ? int.Parse(m.Groups["ones"].Value, CultureInfo.InvariantCulture) : 0))
            .ToString(CultureInfo.InvariantCulture));
    }

    private static int Number(string digits, int blank) =>
        digits.Length == 0 ? blank
        : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    // 每天, 每周2-3次, 每2周, 2周1次, 3天 (every N units, optionally M or M-K times in it).
    [GeneratedRegex(@"^(?<each>每)?(?<n>\d+)?(?<unit>[天周月])(?:(?<low>\d+)(?:-(?<high>\d+))?次)?$")]
    private static partial Regex EveryPattern();

    // 7天内, 1周内: within N units (a new customer's first follow-up).
    [GeneratedRegex(@"^(?<n>\d+)?(?<unit>[天周月])内$")]
    private static partial Regex WithinPattern();

    // 3, 3次, 最多3次, 每天3次, 每天最多3次.
    [GeneratedRegex(@"^(?:每天)?(?:最多|不超过)?(?<n>\d+)次?$")]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"(?<tens>[1-9])?十(?<ones>[1-9])?")]
    private static partial Regex TenPattern();
}
