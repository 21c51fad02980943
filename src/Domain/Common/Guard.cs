namespace CrmGraph.Domain.Common;

/// <summary>Argument checks that raise <see cref="DomainException"/> with a field name and both languages.</summary>
public static class Guard
{
    public static string RequiredText(string? value, string field, int maxLength, string chineseName)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException(
                "REQUIRED",
                $"'{field}' is required.",
                $"{chineseName}不能为空。",
                field);
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException(
                "TOO_LONG",
                $"'{field}' must be at most {maxLength} characters.",
                $"{chineseName}不能超过{maxLength}个字符。",
                field);
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, string field, int maxLength, string chineseName)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : RequiredText(trimmed, field, maxLength, chineseName);
    }

    public static DateTimeOffset Utc(DateTimeOffset value) => value.ToUniversalTime();
}
