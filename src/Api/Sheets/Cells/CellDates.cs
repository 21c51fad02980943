using System.Globalization;
using System.Text.RegularExpressions;

namespace CrmGraph.Api.Sheets.Cells;

/// <summary>
/// Dates as sales teams write them: 2024-09-01, 2024/9/1, 2024.9.1, 2024年9月1日, 20240901, Excel serial numbers,
/// optionally followed by a time (2024-09-01 14:30, 2024年9月1日 14时30分). Times without an offset are the team's local
/// time.
/// </summary>
public static partial class CellDates
{
    public static DateOnly? ParseDate(string? text)
    {
        if (Blank(text))
        {
            return null;
        }

        var (date, _) = Split(CellText.Narrow(text!).Trim());
        return date;
    }

    /// <summary>A date or date-time; a bare date means midnight in <paramref name="zone"/>.</summary>
    public static DateTimeOffset? ParseInstant(string? text, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (Blank(text))
        {
            return null;
        }

        var value = CellText.Narrow(text!).Trim();
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
            && HasOffset(value))
        {
            return withOffset.ToUniversalTime();
        }

        var (date, time) = Split(value);
        var local = date.ToDateTime(time ?? TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.ToString(
            local.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    private static (DateOnly Date, TimeOnly? Time) Split(string value)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            && value.Length != 8)
        {
            // Excel stores dates as days since 1899-12-30; a plain number in a date column is that.
            if (serial is < 1 or > 2958465)
            {
                throw Invalid(value);
            }

            var at = DateTime.FromOADate(serial);
            return (DateOnly.FromDateTime(at), at.TimeOfDay == TimeSpan.Zero ? null : TimeOnly.FromTimeSpan(
                TimeSpan.FromMinutes(Math.Round(at.TimeOfDay.TotalMinutes))));
        }

        var match = DatePattern().Match(value);
        if (!match.Success)
        {
            throw Invalid(value);
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new CellException($"'{value}' is not a real calendar date.", $"“{value}”不是有效的日期。");
        }

        TimeOnly? time = null;
        if (match.Groups["h"].Success)
        {
            var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute =
                match.Groups["min"].Success ? int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
            var second =
                match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
            if (hour > 23 || minute > 59 || second > 59)
            {
                throw new CellException($"'{value}' has an impossible time of day.", $"“{value}”的时间无效。");
            }

            time = new TimeOnly(hour, minute, second);
        }

        return (new DateOnly(year, month, day), time);
    }

    private static bool HasOffset(string value) => value.EndsWith('Z') || OffsetPattern().IsMatch(value);

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static CellException Invalid(string value) => new(
        $"'{value}' is not a date; write it as 2024-09-01, 2024/9/1 or 2024年9月1日.",
        $"“{value}”不是日期，请写成 2024-09-01、2024/9/1 或 2024年9月1日。");

    [GeneratedRegex(
        @"^(?<y>\d{4})(?:[-/.]|年)?(?<m>\d{1,2})(?:[-/.]|月)?(?<d>\d{1,2})日?"
            + @"(?:[ T\u3000]+(?<h>\d{1,2})(?:[:：时](?<min>\d{1,2})(?:[:：分](?<s>\d{1,2})秒?)?分?)?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"[+-]\d{2}:?\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
