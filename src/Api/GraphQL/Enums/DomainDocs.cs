using System.Collections.Concurrent;
using System.Reflection;
using System.Xml.Linq;

namespace CrmGraph.Api.GraphQL.Enums;

/// <summary>
/// Reads the XML documentation the domain ships beside its assembly, so schema descriptions (with their Chinese
/// terms) are written once, in the domain, and cannot drift from it.
/// </summary>
public static class DomainDocs
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, string>> Cache = new();

    public static string? Summary(Type type) => Lookup(type.Assembly, "T:" + type.FullName);

    public static string? Summary(Type enumType, string member) =>
        Lookup(enumType.Assembly, $"F:{enumType.FullName}.{member}");

    /// <summary>The summary of a property, e.g. <c>Property(typeof(Customer), "FirstContactAt")</c>.</summary>
    public static string? Property(Type type, string property) =>
        Lookup(type.Assembly, $"P:{type.FullName}.{property}");

    private static string? Lookup(Assembly assembly, string key) => Cache.GetOrAdd(assembly, Load)
        .GetValueOrDefault(key);

    private static IReadOnlyDictionary<string, string> Load(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            return new Dictionary<string, string>();
        }

        return XDocument.Load(path).Descendants("member")
            .Where(m => m.Attribute("name") is not null && m.Element("summary") is not null)
            .ToDictionary(
                m => m.Attribute("name")!.Value,
                m => string.Join(' ', m.Element("summary")!.Nodes().Select(
                    n => n is XElement e ? e.Attribute("cref")?.Value.Split('.')[^1] ?? e.Value : n.ToString()))
                    .Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(
                        l => l.Trim()).Where(l => l.Length > 0).Aggregate((a, b) => a + " " + b));
    }
}
