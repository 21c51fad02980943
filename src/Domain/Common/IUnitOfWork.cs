namespace CrmGraph.Domain.Common;

/// <summary>Commits every change of the current operation in one transaction.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
