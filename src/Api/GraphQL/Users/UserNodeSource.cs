using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Nodes;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Users;

public sealed class UserNodeSource : INodeSource
{
    public string TypeName => UserType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> FindAsync(CrmDbContext db, Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await VisibilityScope.Users(db.Users.AsNoTracking(), viewer)
            .Where(u => ids.Contains(u.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(u => u.Id, u => (object)u);
    }
}
