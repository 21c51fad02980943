using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Teams;

/// <summary>A sales team (销售团队): its members share a pool, a supervisor and a time zone that defines "today".</summary>
public sealed class Team : AggregateRoot
{
    public const string DefaultTimeZoneId = "Asia/Shanghai";
    public const int NameMaxLength = 100;

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

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static Team Found(Guid id, string name, string? timeZoneId, DateTimeOffset now)
    {
        var teamName = Guard.RequiredText(name, "name", NameMaxLength, "团队名称");
        var zone = ValidTimeZone(timeZoneId ?? DefaultTimeZoneId);
        var team = new Team(id, teamName, zone, now);
        team.Raise(new TeamFounded(id, team.CreatedAt));
        return team;
    }

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

public sealed record TeamFounded(Guid TeamId, DateTimeOffset OccurredAt) : IDomainEvent;
