using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Service;

namespace CrmGraph.Tests.Shared.Months;

/// <summary>
/// A random month of one team, as plain values: customers (by salesperson index), follow-up records, deals, plans,
/// surveys and service records, with instants around February 2026 in Asia/Shanghai (some exactly on its bounds).
/// Linked into the domain and the API tests: the same month is counted by the domain, by SQL and by
/// <see cref="NaiveRecount"/>.
/// </summary>
public sealed record GeneratedMonth(
    int Salespeople,
    IReadOnlyList<MonthCustomer> Customers,
    IReadOnlyList<MonthRecord> Records,
    IReadOnlyList<MonthDeal> Deals,
    IReadOnlyList<MonthPlan> Plans,
    IReadOnlyList<MonthSurvey> Surveys,
    IReadOnlyList<MonthService> Services,
    IReadOnlyList<MonthRating?> Ratings,
    DateTimeOffset Now)
{
    public const string TimeZone = "Asia/Shanghai";

    /// <summary>February 2026 in Asia/Shanghai: [1 Feb 00:00 +08:00, 1 Mar 00:00 +08:00).</summary>
    public static readonly DateTimeOffset From = new(2026, 1, 31, 16, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset To = new(2026, 2, 28, 16, 0, 0, TimeSpan.Zero);

    /// <summary>Every follow-up record: the generated ones, and the one that completed each done plan (phone, at
    /// once).</summary>
    public IEnumerable<MonthRecord> AllRecords =>
        Records.Concat(Plans.Where(p => p.Outcome == MonthPlanOutcome.Done)
            .Select(p => new MonthRecord(p.Customer, FollowUpChannel.Phone, p.DoneAt, p.DoneAt)));

    public int OwnerOf(int customer) => Customers[customer].Owner;

    public override string ToString() =>
        $"{Salespeople} salespeople, {Customers.Count} customers, {Records.Count} records, {Deals.Count} deals, "
        + $"{Plans.Count} plans, {Surveys.Count} surveys, {Services.Count} services, now {Now:O}";
}

public sealed record MonthCustomer(int Owner, CustomerSource Source, DateTimeOffset FirstContactAt,
    DateTimeOffset EnteredAt);

public sealed record MonthRecord(int Customer, FollowUpChannel Channel, DateTimeOffset HappenedAt,
    DateTimeOffset RecordedAt);

/// <summary>A deal; <see cref="ClosedAt"/> and <see cref="Reason"/> mean something only when it is won or
/// lost.</summary>
public sealed record MonthDeal(int Customer, DateTimeOffset OpenedAt, DealStatus Status, DateTimeOffset ClosedAt,
    decimal Amount, LostReason Reason);

public enum MonthPlanOutcome
{
    Open,
    Cancelled,
    Done,
}

/// <summary>A plan created when its customer was entered; a done plan was completed by a record happened at <see
/// cref="DoneAt"/>.</summary>
public sealed record MonthPlan(int Customer, DateTimeOffset DueAt, MonthPlanOutcome Outcome, DateTimeOffset DoneAt);

public sealed record MonthSurvey(int Customer, int Score, DateTimeOffset AnsweredAt);

public sealed record MonthService(
    int Customer,
    ServiceType Type,
    DateTimeOffset RequestedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? ResolvedAt,
    bool? ResolvedSatisfied,
    DateTimeOffset? RevisitedAt,
    bool RevisitSatisfied);

/// <summary>主管评分 1–5 each (the domain tests use them; the API tests leave ratings out).</summary>
public sealed record MonthRating(int ServiceAttitude, int ProfessionalAbility, int CustomerFeedback);
