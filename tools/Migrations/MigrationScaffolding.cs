using System.Text.RegularExpressions;
using CrmGraph.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Migrations.Tool;

/// <summary>
/// Drives EF Core's design-time services without the dotnet-ef tool (docs/decisions/ADR-002, ADR-031).
/// <c>add &lt;Name&gt;</c> scaffolds a migration per engine on top of the baseline, diffing against the model
/// snapshots kept in this tool; <c>baseline</c> rewrites the baseline scripts and the snapshots from today's model.
/// </summary>
public static partial class MigrationScaffolding
{
    private const string Usage = """
        Usage: dotnet run --project tools/Migrations -- add <MigrationName>   scaffold a migration per engine (e.g. AddDeals)
               dotnet run --project tools/Migrations -- baseline              rewrite the baseline scripts (before 0.1 only)
        """;

    private static readonly string[] Engines = ["Sqlite", "Postgres"];

    public static int Run(string[] args)
    {
        var repository = RepositoryLayout.Find();
        switch (args)
        {
            case ["add", var name] when IsIdentifier(name):
                foreach (var engine in Engines)
                {
                    using var context = ModelSnapshots.CreateContext(engine);
                    AddMigration(context, name, engine, repository);
                }

                return 0;
            case ["baseline"]:
                foreach (var engine in Engines)
                {
                    using var context = ModelSnapshots.CreateContext(engine);
                    WriteBaseline(context, engine, repository);
                }

                return 0;
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static void AddMigration(CrmDbContext context, string name, string engine, RepositoryLayout repository)
    {
        var services = DesignTimeServices(context);
        var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
        var migration = scaffolder.ScaffoldMigration(name, "CrmGraph.Api", $"Persistence.Migrations.{engine}", "C#");
        var directory = repository.MigrationsDirectory(engine);
        Write(Path.Combine(directory, migration.MigrationId + migration.FileExtension), migration.MigrationCode);
        Write(Path.Combine(directory, migration.MigrationId + ".Designer" + migration.FileExtension), migration.MetadataCode);
        WriteSnapshot(context, services, engine, repository);
    }

    private static void WriteBaseline(CrmDbContext context, string engine, RepositoryLayout repository)
    {
        var generated = context.Database.GenerateCreateScript().ReplaceLineEndings("\n").Trim();
        var script = $"-- {Header}\n" + BlankLines().Replace(generated, "\n\n") + "\n";
        Write(Path.Combine(repository.MigrationsDirectory(engine), "Baseline.sql"), script);
        WriteSnapshot(context, DesignTimeServices(context), engine, repository);
    }

    private static void WriteSnapshot(CrmDbContext context, IServiceProvider services, string engine, RepositoryLayout repository)
    {
        var model = context.GetService<IDesignTimeModel>().Model;
        var code = services.GetRequiredService<IMigrationsCodeGeneratorSelector>().Select("C#")
            .GenerateSnapshot(SnapshotNamespace, context.GetType(), $"{engine}ModelSnapshot", model);
        Write(Path.Combine(repository.SnapshotsDirectory, $"{engine}ModelSnapshot.cs"), code);
    }

    private const string Header =
        "CrmGraph 0.1 baseline, generated from the EF model by `dotnet run --project tools/Migrations -- baseline`.";

    [GeneratedRegex("\n{3,}")]
    private static partial Regex BlankLines();

    internal const string SnapshotNamespace = "CrmGraph.Migrations.Tool.Snapshots";

    private static IServiceProvider DesignTimeServices(CrmDbContext context)
    {
        var reporter = new OperationReporter(new OperationReportHandler(
            Console.Error.WriteLine, Console.Error.WriteLine, Console.WriteLine, _ => { }));
        return new DesignTimeServicesBuilder(
                typeof(CrmDbContext).Assembly, typeof(MigrationScaffolding).Assembly, reporter, [])
            .Build(context);
    }

    private static void Write(string path, string text)
    {
        File.WriteAllText(path, text);
        Console.WriteLine(path);
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && char.IsLetter(name[0]) && name.All(char.IsLetterOrDigit);
}
