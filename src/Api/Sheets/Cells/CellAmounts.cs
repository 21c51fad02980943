using System.Globalization;
using System.Text.RegularExpressions;

namespace CrmGraph.Api.Sheets.Cells;

/// <summary>An amount or a range as written in a sheet, in one currency.</summary>
public sealed record AmountRange(decimal Min, decimal Max, string Currency)
{
    public bool IsSingle => Min == Max;
}

/// <summary>
/// Amounts as sales teams write them: 400000, ¥400,000, 40万, 40万元, 1.5亿, 50-80万, 50万~80万, 50至80万, USD 5,000.
/// 万 is ten thousand and 亿 a hundred million; a unit written once after a range applies to both ends.
/// </summary>
public static partial class CellAmounts
{
    public static AmountRange? ParseRange(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = CellText.Narrow(text).Trim();
        var (currency, rest) = Currency(value);
        var match = RangePattern().Match(rest);
        if (!match.Success)
        {
            throw new CellException(
                $"'{value}' is not an amount; write it as 400000, ¥400,000, 40万 or a range such as 50-80万.",
                $"“{value}”不是金额，请写成 400000、¥400,000、40万 或 50-80万 这样的范围。");
        }

        var lowUnit = match.Groups["u1"].Value;
        var highUnit = match.Groups["u2"].Value;
        var low = Number(match.Groups["n1"].Value, lowUnit.Length > 0 ? lowUnit : highUnit);
        var high = match.Groups["n2"].Success ? Number(match.Groups["n2"].Value, highUnit) : low;
        if (high < low)
        {
            throw new CellException($"The range '{value}' runs backwards ({low} > {high}).", $"范围“{value}”的下限高于上限。");
        }

        return new AmountRange(low, high, currency);
    }

    /// <summary>A single amount; a range is refused.</summary>
    public static decimal? ParseAmount(string? text, out string currency)
    {
        currency = "CNY";
        if (ParseRange(text) is not { } range)
        {
            return null;
        }

        if (!range.IsSingle)
        {
            throw new CellException(
                $"'{text!.Trim()}' is a range; this column needs one amount.", $"“{text!.Trim()}”是一个范围，此列需要单个金额。");
        }

        currency = range.Currency;
        return range.Min;
    }

    /// <summary>
    /// Writes an amount or range back the way <see cref="ParseRange"/> reads it, without a thousands separator.
    /// </summary>
    public static string Format(decimal? min, decimal? max, string currency)
    {
        var prefix = currency == "CNY" ? string.Empty : currency + " ";
        return (min, max) switch
        {
            (null, null) => string.Empty,
            ({ } a, { } b) when a == b => prefix + Plain(a),
            ({ } a, { } b) => prefix + Plain(a) + "-" + Plain(b),
            ({ } a, null) => prefix + Plain(a),
            (null, { } b) => prefix + "0-" + Plain(b),
        };
    }

    private static string Plain(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static (string Currency, string Remainder) Currency(string value)
    {
        var rest = value.Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace("，", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var (mark, code) in Marks)
        {
            if (rest.StartsWith(mark, StringComparison.OrdinalIgnoreCase))
            {
                return (code, rest[mark.Length..]);
            }

            if (rest.EndsWith(mark, StringComparison.OrdinalIgnoreCase) && mark.Length == 3)
            {
                return (code, rest[..^mark.Length]);
            }
        }

        return ("CNY", rest);
    }

    private static readonly (string Mark, string Code)[] Marks =
    [
        ("RMB", "CNY"), ("CNY", "CNY"), ("¥", "CNY"), ("￥", "CNY"), ("人民币", "CNY"),
        ("USD", "USD"), ("US$", "USD"), ("$", "USD"), ("EUR", "EUR"), ("€", "EUR"), ("HKD", "HKD"),
    ];

    private static decimal Number(string digits, string unit)
    {
        var number = decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var factor =
            unit.StartsWith('亿') ? 100_000_000m : unit.StartsWith('万') ? 10_000m : unit.StartsWith('千') ? 1_000m : 1m;
        return decimal.Round(number * factor, 2);
    }

    [GeneratedRegex(
        @"^(?<n1>\d+(?:\.\d+)?)(?<u1>万元?|亿元?|千元?|元)?(?:(?:-|~|～|—|－|至|到)(?<n2>\d+(?:\.\d+)?)(?<u2>万元?|亿元?|千元?|元)?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex RangePattern();
}
