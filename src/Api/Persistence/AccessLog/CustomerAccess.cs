namespace CrmGraph.Api.Persistence.AccessLog;

public enum CustomerAccessKind
{
    /// <summary>The customer was returned by a query or subscription (查看).</summary>
    Viewed,

    /// <summary>The customer was written to an exported file (导出).</summary>
    Exported,
}

/// <summary>
/// That a user viewed or exported a customer on a day (UTC): one row per user, customer, kind and day, with the first
/// time it happened — enough for the periodic access review without a row per request.
/// </summary>
public sealed class CustomerAccess
{
    // Only for EF.
    private CustomerAccess()
    {
    }

    public CustomerAccess(
        Guid id, Guid userId, Guid customerId, Guid teamId, CustomerAccessKind kind, DateTimeOffset at)
    {
        Id = id;
        UserId = userId;
        CustomerId = customerId;
        TeamId = teamId;
        Kind = kind;
        At = at;
        Day = DateOnly.FromDateTime(at.UtcDateTime);
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>The viewer's team, for a supervisor's review of their team.</summary>
    public Guid TeamId { get; private set; }

    public CustomerAccessKind Kind { get; private set; }

    public DateOnly Day { get; private set; }

    /// <summary>The first time that day. 当天首次访问的时间。</summary>
    public DateTimeOffset At { get; private set; }
}
