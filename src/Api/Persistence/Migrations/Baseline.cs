using System.Reflection;
using CrmGraph.Api.Reminders.WakeUps;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CrmGraph.Api.Persistence.Migrations;

/// <summary>
/// The 0.1 baseline: creates today's schema on an empty database from the script EF generates for the model
/// (<c>dotnet run --project tools/Migrations -- baseline</c>), plus what EF cannot express. Databases made by the
/// pre-release migration chain are not upgraded (ADR-031). Later migrations are added on top of this one.
/// </summary>
public static class Baseline
{
    public const string Id = "20261204000000_Baseline";

    internal static void Create(MigrationBuilder migrationBuilder, string engine)
    {
        foreach (var statement in Statements(engine))
        {
            migrationBuilder.Sql(statement);
        }
    }

    /// <summary>The generated script's statements, in order (EF separates them by a blank line).</summary>
    public static IReadOnlyList<string> Statements(string engine)
    {
        var name = $"CrmGraph.Api.Persistence.Migrations.{engine}.Baseline.sql";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The baseline script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}

[DbContext(typeof(SqliteCrmDbContext))]
[Migration(Baseline.Id)]
public sealed class SqliteBaseline : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => Baseline.Create(migrationBuilder, "Sqlite");
}

[DbContext(typeof(PostgresCrmDbContext))]
[Migration(Baseline.Id)]
public sealed class PostgresBaseline : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        Baseline.Create(migrationBuilder, "Postgres");
        ReminderWakeUpSql.Create(migrationBuilder);
    }
}
