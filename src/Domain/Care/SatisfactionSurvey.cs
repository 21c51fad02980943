using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Care;

/// <summary>满意度调研: the customer's satisfaction score (1–5) at a point in time.</summary>
public sealed class SatisfactionSurvey : AggregateRoot, ICustomerRecord
{
    // Only for EF.
    private SatisfactionSurvey()
    {
    }

    private SatisfactionSurvey(
        Guid id, Guid teamId, Guid customerId, Guid ownerId, int score, string? comment, DateTimeOffset answeredAt)
    {
        Id = id;
        TeamId = teamId;
        CustomerId = customerId;
        OwnerId = ownerId;
        Score = score;
        Comment = comment;
        AnsweredAt = answeredAt;
    }

    public Guid TeamId { get; private set; }

    public Guid CustomerId { get; private set; }

    void ICustomerRecord.MoveToCustomer(Guid customerId) => CustomerId = customerId;

    public Guid OwnerId { get; private set; }

    /// <summary>满意度评分, 1 (very unhappy) to 5 (very satisfied); 4 and 5 count as satisfied.</summary>
    public int Score { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }

    /// <summary>The lowest score that counts as satisfied (满意: 4 or 5 of 5).</summary>
    public const int SatisfiedFromScore = 4;

    public bool Satisfied => Score >= SatisfiedFromScore;

    /// <summary>Part of erasing the customer: the comment goes, the score stays for the figures.</summary>
    public void Redact() => Comment = null;

    public static SatisfactionSurvey Answer(
        Guid id, Guid teamId, Guid customerId, Guid ownerId, int score, string? comment, DateTimeOffset answeredAt)
    {
        if (score is < 1 or > 5)
        {
            throw new DomainException(
                "SCORE_OUT_OF_RANGE", $"'score' must be 1 to 5; it is {score}.", $"满意度评分必须在 1 到 5 之间，当前为 {score}。",
                "score");
        }

        var survey = new SatisfactionSurvey(
            id, teamId, customerId, ownerId, score, Guard.OptionalText(comment, "comment", 2000, "评价"),
            Guard.Utc(answeredAt));
        survey.Raise(new SatisfactionSurveyed(id, customerId, score, survey.AnsweredAt));
        return survey;
    }
}

public sealed record SatisfactionSurveyed(
    Guid SurveyId, Guid CustomerId, int Score, DateTimeOffset OccurredAt) : IDomainEvent;
