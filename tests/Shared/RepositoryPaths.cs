namespace CrmGraph.Tests.Shared;

/// <summary>Locates the checkout from a test's output folder (linked into every test project).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(
            AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CrmGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CrmGraph.sln not found above the test output folder.");
    }
}
