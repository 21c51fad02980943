using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Persistence;

namespace CrmGraph.Api.GraphQL.Nodes;

/// <summary>Refetches one kind of <c>Node</c> by id, through the viewer's visibility scope.</summary>
public interface INodeSource
{
    string TypeName { get; }

    Task<IReadOnlyDictionary<Guid, object>> FindAsync(
        CrmDbContext db, Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
