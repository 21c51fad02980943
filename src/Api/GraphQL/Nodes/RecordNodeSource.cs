using System.Linq.Expressions;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Nodes;

/// <summary>
/// Refetches a node that is not an aggregate (an audit entry, an API token) through its visibility-scoped query.
/// </summary>
public sealed class RecordNodeSource<T>(
    string typeName, Func<CrmDbContext, Viewer, IQueryable<T>> visible, Expression<Func<T, Guid>> id) : INodeSource
{
    private readonly Func<T, Guid> _idOf = id.Compile();

    public string TypeName { get; } = typeName;

    public async Task<IReadOnlyDictionary<Guid, object>> FindAsync(
        CrmDbContext db, Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToList();
        var contains = Expression.Call(
            Expression.Constant(wanted), typeof(List<Guid>).GetMethod(nameof(List<Guid>.Contains))!, id.Body);
        var rows = await visible(db, viewer).Where(Expression.Lambda<Func<T, bool>>(
            contains, id.Parameters)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(_idOf, r => (object)r!);
    }
}
