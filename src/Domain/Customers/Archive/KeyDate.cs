using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Customers;

/// <summary>关键节点 / 重要日期: what kind of date it is.</summary>
public enum KeyDateKind
{
    /// <summary>生日: a birthday (recurs yearly).</summary>
    Birthday,

    /// <summary>公司周年: a company anniversary (recurs yearly).</summary>
    CompanyAnniversary,

    /// <summary>合同到期: a contract expiry (once).</summary>
    ContractExpiry,

    /// <summary>自定义: any other date worth a reminder.</summary>
    Custom,
}

/// <summary>A date worth remembering for a customer. 客户的重要日期。</summary>
public sealed class KeyDate
{
    // Only for EF.
    private KeyDate()
    {
        Label = string.Empty;
    }

    internal KeyDate(Guid id, KeyDateKind kind, DateOnly date, string? label, bool? recursYearly)
    {
        Id = id;
        Kind = kind;
        Date = date;
        Label = Guard.OptionalText(label, "label", 100, "日期说明") ?? kind.ToString();
        RecursYearly = recursYearly ?? kind is KeyDateKind.Birthday or KeyDateKind.CompanyAnniversary;
    }

    public Guid Id { get; private set; }

    public KeyDateKind Kind { get; private set; }

    public DateOnly Date { get; private set; }

    public string Label { get; private set; }

    public bool RecursYearly { get; private set; }

    /// <summary>
    /// The next occurrence on or after <paramref name="today"/>, or null for a one-off date already past.
    /// </summary>
    public DateOnly? NextOccurrence(DateOnly today)
    {
        if (!RecursYearly)
        {
            return Date >= today ? Date : null;
        }

        var thisYear = OnYear(today.Year);
        return thisYear >= today ? thisYear : OnYear(today.Year + 1);
    }

    // 29 February falls on 28 February in other years.
    private DateOnly OnYear(int year) =>
        new(year, Date.Month, Math.Min(Date.Day, DateTime.DaysInMonth(year, Date.Month)));
}
