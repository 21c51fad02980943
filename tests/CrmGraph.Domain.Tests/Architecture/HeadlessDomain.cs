using System.Xml.Linq;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Tests.Architecture;

/// <summary>ADR-001: the domain is plain C# — no package, no project, no framework beyond the base library.</summary>
public sealed class HeadlessDomain
{
    [Fact]
    public void The_domain_references_only_the_base_class_library()
    {
        var references = typeof(Customer).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Where(name => !name.StartsWith("System", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void The_domain_project_has_no_package_or_project_reference()
    {
        var project = XDocument.Load(
            Path.Combine(CrmGraph.Tests.Shared.RepositoryPaths.Root, "src", "Domain", "CrmGraph.Domain.csproj"));

        project.Descendants().Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference").ShouldBeEmpty();
    }
}
