namespace CrmGraph.Domain.Care;

public interface ICareRepository
{
    Task<Feedback?> FindFeedbackAsync(Guid id, CancellationToken cancellationToken);

    void Add(CareAction action);

    void Add(SatisfactionSurvey survey);

    void Add(Feedback feedback);
}
