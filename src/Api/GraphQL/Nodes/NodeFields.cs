using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.Persistence;
using GraphQL;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Nodes;

/// <summary>
/// <c>node(id:)</c> and <c>nodes(ids:)</c>: an id that is malformed, of an unknown type or not visible resolves to
/// null.
/// </summary>
public static class NodeFields
{
    public const int MaxIds = 50;

    public static void AddNodeFields(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NodeInterface>("node")
            .Description("Fetches an object by its global id; null when it does not exist or is not visible to you. " +
                "按全局 id 获取对象；不存在或对你不可见时返回 null。")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The global id of the object. 对象的全局 id。")
            .ResolveAsync(async c => (await FindAsync(c, [c.GetArgument<string>("id")]).ConfigureAwait(false))[0]);
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Fetches objects by their global ids (at most {MaxIds}), in the order given; null for each "
                + $"that does not exist or is not visible. 按全局 id 批量获取对象（最多 {MaxIds} 个），按给定顺序返回；"
                + "不存在或对你不可见的对象返回 null。")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>(
                "ids", "The global ids. 全局 id 列表。")
            .ResolveAsync(async c => await FindAsync(c, c.GetArgument<List<string>>("ids")).ConfigureAwait(false));
    }

    private static async Task<object?[]> FindAsync(IResolveFieldContext context, List<string> ids)
    {
        if (ids.Count > MaxIds)
        {
            throw new ExecutionError(
                $"'ids' may hold at most {MaxIds} ids; it has {ids.Count}.")
            { Code = "TOO_MANY_IDS" };
        }

        var services = context.RequestServices!;
        var sources = services.GetRequiredService<NodeSources>();
        var db = services.GetRequiredService<CrmDbContext>();
        var parsed = ids.Select(
            id => GlobalId.TryParse(id, out var type, out var key) && sources.Knows(type) ? (type, key) : default)
            .ToArray();
        var found = new Dictionary<(string, Guid), object>();
        foreach (var group in parsed.Where(p => p.type is not null).GroupBy(p => p.type!))
        {
            var keys = group.Select(p => p.key).Distinct().ToList();
            var rows = group.Key == Customers.CustomerType.TypeName
                ? await Customers.Reading.CustomerReads.FindAsync(context, keys).ConfigureAwait(false)
                : await sources[group.Key].FindAsync(db, context.Viewer(), keys, context.CancellationToken)
                    .ConfigureAwait(false);
            foreach (var (key, value) in rows)
            {
                found[(group.Key, key)] = value;
            }
        }

        return [.. parsed.Select(
            p => p.type is not null && found.TryGetValue((p.type, p.key), out var node) ? node : null)];
    }
}
