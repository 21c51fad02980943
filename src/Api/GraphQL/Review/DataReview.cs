using CrmGraph.Domain.Analytics;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Api.GraphQL.Review;

/// <summary>
/// What one review covers: a team (optionally one owner's customers), local days [From, To] in the team's time zone
/// as instants [Start, End), and the instant "now" figures are taken at.
/// </summary>
public sealed record ReviewScope(Team Team, Guid? OwnerId, DateOnly From, DateOnly To, DateTimeOffset AsOf)
{
    public DateTimeOffset Start => Team.StartOfLocalDay(From);

    public DateTimeOffset End => Team.StartOfLocalDay(To.AddDays(1));
}

/// <summary>数据复盘: the figures of one scope, each aggregated in SQL and finished by the domain's formulas.</summary>
public sealed record DataReview(
    ReviewScope Scope,
    IReadOnlyList<SourceFigures> Sources,
    ReviewFunnel Funnel,
    IReadOnlyList<ChannelFigures> Channels,
    IReadOnlyList<LostReasonFigures> LostReasons,
    ReviewTimeliness Timeliness,
    ReviewServiceFigures Service,
    IReadOnlyList<GradeCycle> DaysToConversion)
{
    public int NewCustomers => Sources.Sum(s => s.Customers);
}

public sealed record GradeCount(CustomerGrade? Grade, int Customers);

public sealed record StageMove(LifecycleStage From, LifecycleStage To, int Moves);

public sealed record ReviewFunnel(
    IReadOnlyList<StageCount> Stages, IReadOnlyList<GradeCount> Grades, IReadOnlyList<StageMove> Moves);

public sealed record ReviewTimeliness(
    int EntryDeadlineHours, int OverdueFollowUps, int LateCustomerEntries, int FollowUpRecords, int LateRecords,
    decimal? AverageRecordLagHours);

public sealed record ReviewServiceFigures(
    ServiceFigures Requests, int CustomersServed, int Judged, int Satisfied, decimal? SatisfactionPercent);

/// <summary>
/// A customer source as one key: a built-in source by its name, a team's own source as "Custom:" and its name (so a
/// custom source called "Website" stays apart from the built-in one).
/// </summary>
public static class ReviewSourceKey
{
    private const string CustomPrefix = "Custom:";

    public static string Of(CustomerSource source, string? customSource) =>
        source == CustomerSource.Custom ? CustomPrefix + customSource : source.ToString();

    public static (CustomerSource Source, string? CustomSource) Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.StartsWith(CustomPrefix, StringComparison.Ordinal)
            ? (CustomerSource.Custom, key[CustomPrefix.Length..])
            : (Enum.Parse<CustomerSource>(key), null);
    }
}
