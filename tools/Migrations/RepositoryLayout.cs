namespace CrmGraph.Migrations.Tool;

/// <summary>Where the tool reads and writes: the server's migrations and this tool's model snapshots.</summary>
internal sealed record RepositoryLayout(string Root)
{
    public string SnapshotsDirectory => Path.Combine(Root, "tools", "Migrations", "Snapshots");

    public string MigrationsDirectory(string engine) =>
        Path.Combine(Root, "src", "Api", "Persistence", "Migrations", engine);

    public static RepositoryLayout Find()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null;
             directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "src", "Api", "CrmGraph.Api.csproj")))
            {
                return new RepositoryLayout(directory.FullName);
            }
        }

        throw new InvalidOperationException(
            "Run this from inside the CrmGraph repository (src/Api was not found above the current directory).");
    }
}
