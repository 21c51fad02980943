using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Teams;

/// <summary>
/// A sales team (销售团队): its members share a pool, a supervisor, a time zone that defines "today", and policies.
/// </summary>
public sealed class Team : AggregateRoot
{
    public const string DefaultTimeZoneId = "Asia/Shanghai";
    public const int NameMaxLength = 100;
    private readonly List<string> _customSources = [];

    // Only for EF.
    private Team()
    {
        Name = string.Empty;
        TimeZoneId = DefaultTimeZoneId;
    }

    private Team(Guid id, string name, string timeZoneId, DateTimeOffset now)
    {
        Id = id;
        Name = name;
        TimeZoneId = timeZoneId;
        CreatedAt = Guard.Utc(now);
    }

    public string Name { get; private set; }

    /// <summary>IANA time zone id, e.g. Asia/Shanghai.</summary>
    public string TimeZoneId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public CadencePolicy Cadence { get; private set; } = new();

    public PoolPolicy Pool { get; private set; } = new();

    public ReminderPolicy Reminders { get; private set; } = new();

    public EvaluationWeights Weights { get; private set; } = new();

    /// <summary>Customer sources this team added to the built-in list (自定义客户来源).</summary>
    public IReadOnlyCollection<string> CustomSources => _customSources;

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static Team Found(Guid id, string name, string? timeZoneId, DateTimeOffset now)
    {
        var teamName = Guard.RequiredText(name, "name", NameMaxLength, "团队名称");
        var zone = ValidTimeZone(timeZoneId ?? DefaultTimeZoneId);
        var team = new Team(id, teamName, zone, now);
        team.Raise(new TeamFounded(id, team.CreatedAt));
        return team;
    }

    /// <summary>Replaces the team's settings after checking every value; nothing changes when one is invalid.</summary>
    public void ChangeSettings(TeamSettingsChange change, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(change);
        var name = change.Name is null ? Name : Guard.RequiredText(change.Name, "name", NameMaxLength, "团队名称");
        var zone = change.TimeZoneId is null ? TimeZoneId : ValidTimeZone(change.TimeZoneId);
        TeamSettingsRules.Check(
            change.Cadence ?? Cadence, change.Pool ?? Pool, change.Reminders ?? Reminders, change.Weights ?? Weights);
        var sources = change.CustomSources?.Select(s => Guard.RequiredText(s, "customSources", 50, "客户来源"))
            .Distinct()
            .ToList();

        Name = name;
        TimeZoneId = zone;
        Cadence = change.Cadence ?? Cadence;
        Pool = change.Pool ?? Pool;
        Reminders = change.Reminders ?? Reminders;
        Weights = change.Weights ?? Weights;
        if (sources is not null)
        {
            _customSources.Clear();
            _customSources.AddRange(sources);
        }

        Raise(new TeamSettingsChanged(Id, Guard.Utc(now)));
    }

    /// <summary>
    /// The instant (UTC) a local day of this team begins; [start of day, start of next day) is "that day".
    /// </summary>
    public DateTimeOffset StartOfLocalDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The calendar date of an instant in this team's time zone ("today" for cadences and caps).</summary>
    public DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    private static string ValidTimeZone(string timeZoneId)
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
        {
            return timeZoneId;
        }

        throw new DomainException(
            "INVALID_TIME_ZONE",
            $"'{timeZoneId}' is not a known time zone; use an IANA id such as Asia/Shanghai.",
            $"时区“{timeZoneId}”无效，请使用 IANA 时区，例如 Asia/Shanghai。",
            "timeZone");
    }
}

/// <summary>What <see cref="Team.ChangeSettings"/> changes; null keeps the current value.</summary>
public sealed record TeamSettingsChange(
    string? Name = null,
    string? TimeZoneId = null,
    CadencePolicy? Cadence = null,
    PoolPolicy? Pool = null,
    ReminderPolicy? Reminders = null,
    EvaluationWeights? Weights = null,
    IReadOnlyList<string>? CustomSources = null);

public sealed record TeamFounded(Guid TeamId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record TeamSettingsChanged(Guid TeamId, DateTimeOffset OccurredAt) : IDomainEvent;
