using CrmGraph.Api.GraphQL.Deals;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.FollowUps;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Nodes;

public sealed class FollowUpPlanNodeSource : INodeSource
{
    public string TypeName => FollowUpPlanType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> FindAsync(CrmDbContext db, Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await VisibilityScope.FollowUpPlans(db.FollowUpPlans.AsNoTracking(), db.Customers, viewer).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (object)p, cancellationToken).ConfigureAwait(false);
}

public sealed class FollowUpRecordNodeSource : INodeSource
{
    public string TypeName => FollowUpRecordType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> FindAsync(CrmDbContext db, Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await VisibilityScope.FollowUpRecords(db.FollowUpRecords.AsNoTracking(), db.Customers, viewer).Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => (object)r, cancellationToken).ConfigureAwait(false);
}

public sealed class DealNodeSource : INodeSource
{
    public string TypeName => DealType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> FindAsync(CrmDbContext db, Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await VisibilityScope.Deals(db.Deals.AsNoTracking(), db.Customers, viewer).Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => (object)d, cancellationToken).ConfigureAwait(false);
}
