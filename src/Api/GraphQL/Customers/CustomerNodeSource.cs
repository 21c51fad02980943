using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Nodes;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers;

public sealed class CustomerNodeSource : INodeSource
{
    public string TypeName => CustomerType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> FindAsync(CrmDbContext db, Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await VisibilityScope.Customers(db.Customers.AsNoTracking(), viewer)
            .Where(c => ids.Contains(c.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(c => c.Id, c => (object)c);
    }
}
