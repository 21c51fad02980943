using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Nodes;

/// <summary>Refetches one node type by id through the same visibility-scoped query its lists use.</summary>
public sealed class VisibleNodeSource<T>(
    string typeName, Func<CrmDbContext, Viewer, IQueryable<T>> visible) : INodeSource
    where T : AggregateRoot
{
    public string TypeName { get; } = typeName;

    public async Task<IReadOnlyDictionary<Guid, object>> FindAsync(
        CrmDbContext db, Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await visible(db, viewer).Where(x => ids.Contains(x.Id)).ToDictionaryAsync(
            x => x.Id, x => (object)x, cancellationToken).ConfigureAwait(false);
}
