using System.Text;

namespace CrmGraph.Domain.Customers;

/// <summary>
/// 查重: the normalized forms two records are compared by, so "+86 138-0013-8000" and "13800138000", or
/// "上海星辰科技有限公司" and "上海 星辰科技", count as the same.
/// </summary>
public static class DuplicateKeys
{
    private static readonly string[] CompanySuffixes =
    [
        "股份有限公司", "有限责任公司", "有限公司", "集团", "公司",
        "co.,ltd.", "co.,ltd", "co.ltd", "co.", "ltd.", "ltd", "inc.", "inc", "llc",
        "corporation", "corp.", "corp", "limited", "company", " co",
    ];

    /// <summary>Digits only, without a leading +86/0086 country code; null when fewer than 5 digits remain.</summary>
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        if (phone.TrimStart().StartsWith('+')
            && digits.StartsWith("86", StringComparison.Ordinal)
            && digits.Length > 11)
        {
            digits = digits[2..];
        }
        else if (digits.StartsWith("0086", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }

        return digits.Length >= 5 ? digits : null;
    }

    /// <summary>Trimmed and lower-cased; null unless it looks like local@domain.</summary>
    public static string? Email(string? email)
    {
        var value = email?.Trim().ToLowerInvariant();
        return value is { Length: >= 3 }
            && value.IndexOf('@', StringComparison.Ordinal) is > 0 and var at
            && at < value.Length - 1
            && !value.Contains(' ', StringComparison.Ordinal)
            ? value
            : null;
    }

    /// <summary>
    /// Lower-cased, without spaces, punctuation and common legal-form suffixes; null when nothing remains.
    /// </summary>
    public static string? CompanyName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var value = name.Trim().ToLowerInvariant().Replace('（', '(').Replace('）', ')');
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var suffix in CompanySuffixes)
            {
                var compact = value.TrimEnd();
                if (compact.EndsWith(suffix, StringComparison.Ordinal) && compact.Length > suffix.Length)
                {
                    value = compact[..^suffix.Length].TrimEnd(' ', ',', '.');
                    changed = true;
                }
            }
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Where(char.IsLetterOrDigit))
        {
            builder.Append(c);
        }

        return builder.Length > 0 ? builder.ToString() : null;
    }
}
