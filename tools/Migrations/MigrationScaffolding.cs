using CrmGraph.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Migrations.Tool;

/// <summary>
/// Scaffolds one EF Core migration per engine (SQLite and PostgreSQL) from the current model, the way
/// <c>dotnet ef migrations add</c> would, without the dotnet-ef tool (see docs/decisions/ADR-002).
/// Usage: <c>dotnet run --project tools/Migrations -- add &lt;Name&gt;</c>.
/// </summary>
public static class MigrationScaffolding
{
    public static int Run(string[] args)
    {
        if (args.Length != 2 || args[0] != "add" || !IsIdentifier(args[1]))
        {
            Console.Error.WriteLine("Usage: dotnet run --project tools/Migrations -- add <MigrationName>   (a C# identifier, e.g. AddDeals)");
            return 2;
        }

        var apiDirectory = FindApiDirectory();
        Scaffold(CreateSqlite(), args[1], apiDirectory, "Sqlite");
        Scaffold(CreatePostgres(), args[1], apiDirectory, "Postgres");
        return 0;
    }

    private static void Scaffold(CrmDbContext context, string name, string apiDirectory, string engine)
    {
        using (context)
        {
            var reporter = new OperationReporter(new OperationReportHandler(
                e => Console.Error.WriteLine(e), w => Console.Error.WriteLine(w), i => Console.WriteLine(i), v => { }));
            var services = new DesignTimeServicesBuilder(typeof(CrmDbContext).Assembly, typeof(MigrationScaffolding).Assembly, reporter, [])
                .Build(context);
            var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
            var migration = scaffolder.ScaffoldMigration(name, "CrmGraph.Api", $"Persistence.Migrations.{engine}", "C#");
            var files = scaffolder.Save(apiDirectory, migration, Path.Combine(apiDirectory, "Persistence", "Migrations", engine));
            Console.WriteLine($"{engine}: {files.MigrationFile}");
        }
    }

    private static SqliteCrmDbContext CreateSqlite() =>
        new(new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite("Data Source=:memory:").Options);

    // The connection is never opened: scaffolding compares the model with the last snapshot only.
    private static PostgresCrmDbContext CreatePostgres() =>
        new(new DbContextOptionsBuilder<PostgresCrmDbContext>().UseNpgsql("Host=localhost;Database=scaffold").Options);

    private static string FindApiDirectory()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Api");
            if (File.Exists(Path.Combine(candidate, "CrmGraph.Api.csproj")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Run this from inside the CrmGraph repository (src/Api was not found above the current directory).");
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && char.IsLetter(name[0]) && name.All(char.IsLetterOrDigit);
}
