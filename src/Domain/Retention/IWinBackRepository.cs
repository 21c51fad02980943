namespace CrmGraph.Domain.Retention;

public interface IWinBackRepository
{
    Task<WinBackAttempt?> FindAsync(Guid id, CancellationToken cancellationToken);

    void Add(WinBackAttempt attempt);
}
