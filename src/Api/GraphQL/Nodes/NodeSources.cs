namespace CrmGraph.Api.GraphQL.Nodes;

/// <summary>The registered <see cref="INodeSource"/>s by type name, gathered once for the process.</summary>
public sealed class NodeSources(IEnumerable<INodeSource> sources)
{
    private readonly Dictionary<string, INodeSource> _byType = sources.ToDictionary(s => s.TypeName);

    public bool Knows(string typeName) => _byType.ContainsKey(typeName);

    public INodeSource this[string typeName] => _byType[typeName];
}
