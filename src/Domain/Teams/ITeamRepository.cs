namespace CrmGraph.Domain.Teams;

public interface ITeamRepository
{
    Task<Team?> FindAsync(Guid id, CancellationToken cancellationToken);

    void Add(Team team);
}
