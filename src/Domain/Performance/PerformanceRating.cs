using CrmGraph.Domain.Analytics;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Users;

namespace CrmGraph.Domain.Performance;

/// <summary>
/// 绩效评估（定性）: the ratings a supervisor enters for a salesperson of their team for one period — service
/// attitude (服务态度), professional ability (专业能力) and customer feedback (客户反馈), each 1–5.
/// </summary>
public sealed class PerformanceRating : AggregateRoot
{
    public const int CommentMaxLength = 2000;

    // Only for EF.
    private PerformanceRating()
    {
    }

    private PerformanceRating(
        Guid id, Guid teamId, Guid salespersonId, Guid supervisorId, DateOnly periodStart, DateOnly periodEnd,
        SupervisorRatings ratings, string? comment, DateTimeOffset now)
    {
        Id = id;
        TeamId = teamId;
        SalespersonId = salespersonId;
        SupervisorId = supervisorId;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        Apply(ratings, comment);
        RatedAt = now;
    }

    public Guid TeamId { get; private set; }

    public Guid SalespersonId { get; private set; }

    /// <summary>The supervisor who rated (or last revised) the ratings.</summary>
    public Guid SupervisorId { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public int ServiceAttitude { get; private set; }

    public int ProfessionalAbility { get; private set; }

    public int CustomerFeedback { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset RatedAt { get; private set; }

    public DateTimeOffset? RevisedAt { get; private set; }

    public SupervisorRatings Ratings => new(ServiceAttitude, ProfessionalAbility, CustomerFeedback);

    /// <summary>A supervisor rates a salesperson of their own team for a period (主管评分).</summary>
    public static PerformanceRating Rate(
        Guid id, User supervisor, User salesperson, DateOnly periodStart, DateOnly periodEnd, SupervisorRatings ratings,
        string? comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(salesperson);
        ArgumentNullException.ThrowIfNull(ratings);
        EnsureRater(supervisor, salesperson.TeamId);
        if (salesperson.Role != UserRole.Salesperson)
        {
            throw new DomainException("NOT_A_SALESPERSON", "Only salespeople are rated.", "只能为业务员评分。", "salespersonId");
        }

        if (periodStart > periodEnd)
        {
            throw new DomainException(
                "PERIOD_INVERTED", "The period ends before it starts.", "考核期结束日期早于开始日期。", "periodEnd");
        }

        var text = Check(ratings, comment);
        var rating = new PerformanceRating(
            id, salesperson.TeamId, salesperson.Id, supervisor.Id, periodStart, periodEnd, ratings, text,
            Guard.Utc(now));
        rating.Raise(new PerformanceRated(id, salesperson.Id, supervisor.Id, rating.RatedAt));
        return rating;
    }

    /// <summary>A supervisor of the same team corrects the ratings.</summary>
    public void Revise(User supervisor, SupervisorRatings ratings, string? comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        EnsureRater(supervisor, TeamId);
        var text = Check(ratings, comment);
        Apply(ratings, text);
        SupervisorId = supervisor.Id;
        RevisedAt = Guard.Utc(now);
        Raise(new PerformanceRatingRevised(Id, SalespersonId, supervisor.Id, RevisedAt.Value));
    }

    /// <summary>
    /// The latest rating of each salesperson, as <see cref="PerformanceFormulas.Evaluate"/> takes them.
    /// </summary>
    public static IReadOnlyDictionary<Guid, SupervisorRatings> BySalesperson(IEnumerable<PerformanceRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        return ratings.GroupBy(r => r.SalespersonId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.RevisedAt ?? r.RatedAt).First().Ratings);
    }

    private static void EnsureRater(User supervisor, Guid teamId)
    {
        ArgumentNullException.ThrowIfNull(supervisor);
        var allowed = supervisor.IsActive && (supervisor.Role == UserRole.Admin || (
            supervisor.Role == UserRole.Supervisor && supervisor.TeamId == teamId));
        if (!allowed)
        {
            throw new DomainException("RATER_NOT_SUPERVISOR", "Only an active supervisor of the salesperson's team " +
                "rates them.", "只有该业务员所在团队的主管可以评分。", "supervisorId");
        }
    }

    private static string? Check(SupervisorRatings ratings, string? comment)
    {
        Score(ratings.ServiceAttitude, "serviceAttitude", "服务态度");
        Score(ratings.ProfessionalAbility, "professionalAbility", "专业能力");
        Score(ratings.CustomerFeedback, "customerFeedback", "客户反馈");
        return Guard.OptionalText(comment, "comment", CommentMaxLength, "评语");
    }

    private static void Score(int value, string field, string chinese)
    {
        if (value is < 1 or > 5)
        {
            throw new DomainException(
                "SCORE_OUT_OF_RANGE", $"'{field}' must be a score from 1 to 5; it is {value}.",
                $"{chinese}评分必须在 1 到 5 之间，当前为 {value}。", field);
        }
    }

    private void Apply(SupervisorRatings ratings, string? comment)
    {
        ServiceAttitude = ratings.ServiceAttitude;
        ProfessionalAbility = ratings.ProfessionalAbility;
        CustomerFeedback = ratings.CustomerFeedback;
        Comment = comment;
    }
}

public sealed record PerformanceRated(
    Guid RatingId, Guid SalespersonId, Guid SupervisorId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PerformanceRatingRevised(
    Guid RatingId, Guid SalespersonId, Guid SupervisorId, DateTimeOffset OccurredAt) : IDomainEvent;
