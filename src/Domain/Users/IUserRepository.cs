namespace CrmGraph.Domain.Users;

public interface IUserRepository
{
    Task<User?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<User?> FindByLoginAsync(string login, CancellationToken cancellationToken);

    /// <summary>The active supervisors of a team, who receive its escalations.</summary>
    Task<IReadOnlyList<Guid>> SupervisorsOfAsync(Guid teamId, CancellationToken cancellationToken);

    void Add(User user);
}
