using System.Data.Common;
using CrmGraph.Api.Tests.Sheets;
using CrmGraph.Api.Tests.CommandLine;
using CrmGraph.Migrations.Tool;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CrmGraph.Api.Tests.Persistence;

public sealed class MigrationTests
{
    [EngineFact]
    public async Task The_model_has_no_changes_missing_from_the_design_time_snapshot(Engine engine)
    {
        // The snapshot in tools/Migrations is what the next `add` diffs against: it must be today's model.
        await Task.CompletedTask;
        using var context = ModelSnapshots.CreateContext(engine.ToString());

        context.Database.HasPendingModelChanges().ShouldBeFalse(
            "The EF model changed without a migration: run `dotnet run --project tools/Migrations -- add <Name>` " +
            "(or, before 0.1 ships, `-- baseline`).");
    }

    [EngineFact]
    public async Task A_migrated_database_has_exactly_the_schema_the_model_creates(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var (_, emptyConnection) = await TestApi.CreateEmptyDatabaseAsync(engine);
        await using var created = TestApi.NewContext(engine, emptyConnection);
        await created.Database.EnsureCreatedAsync();

        var migrated = await api.WithDbAsync(db => SchemaCatalog.ReadAsync(db, engine));
        var fromModel = await SchemaCatalog.ReadAsync(created, engine);

        migrated.Except(fromModel).ShouldBeEmpty("in the migrated database only");
        fromModel.Except(migrated).ShouldBeEmpty("in the model's schema only");
    }

    [EngineFact]
    public async Task A_database_of_a_pre_release_build_is_refused_with_what_to_do(Engine engine)
    {
        var (directory, connectionString) = await TestApi.CreateEmptyDatabaseAsync(engine);
        await using (var old = TestApi.NewContext(engine, connectionString))
        {
            await old.Database.ExecuteSqlRawAsync(
                "CREATE TABLE \"__EFMigrationsHistory\" (\"MigrationId\" varchar(150) PRIMARY KEY, " +
                "\"ProductVersion\" varchar(32) NOT NULL)");
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsHistory\" VALUES ('20261123031309_InitialCreate', '10.0.5')");
        }

        // Through the command line, the code path of the executable: the server and the `migrate` verb both refuse
        // the database with a message and exit 1, without a stack trace and without starting to serve.
        var settings = new Dictionary<string, string?>
        {
            ["Crm:DataDirectory"] = directory,
            ["Crm:Database:Provider"] = engine.ToString(),
            ["Crm:Database:ConnectionString"] = connectionString,
        };
        foreach (var verb in new[] { Array.Empty<string>(), ["migrate"] })
        {
            var (exitCode, output, error) = await ApiVerb.RunAsync(settings, verb).WaitAsync(Eventually.OuterBound);

            exitCode.ShouldBe(1, $"`{string.Join(' ', verb)}`: {output}{error}");
            error.ShouldContain("20261123031309_InitialCreate");
            error.ShouldContain("pre-release");
            error.ShouldContain("`export` verb");
            error.ShouldNotContain("   at ");
        }

        await using var check = TestApi.NewContext(engine, connectionString);
        (await check.Database.GetAppliedMigrationsAsync()).ShouldBe(["20261123031309_InitialCreate"]);
    }

    [EngineFact]
    public async Task Every_mapped_table_and_column_exists_in_the_migrated_database_with_its_nullability(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);

        var mismatches = await api.WithDbAsync(async db =>
        {
            var actual = await ReadColumnsAsync(db, engine);
            var problems = new List<string>();
            foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            {
                var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
                foreach (var property in entity.GetProperties())
                {
                    var column = property.GetColumnName(table)!;
                    if (!actual.TryGetValue((table.Name, column), out var nullable))
                    {
                        problems.Add($"{table.Name}.{column} is mapped but missing");
                    }
                    else if (nullable != property.IsColumnNullable(table))
                    {
                        problems.Add($"{table.Name}.{column} nullability differs (model " +
                            $"{property.IsColumnNullable(table)}, database {nullable})");
                    }
                }
            }

            return problems;
        });

        mismatches.ShouldBeEmpty();
    }

    [EngineFact]
    public async Task Migrating_an_up_to_date_database_again_keeps_its_data(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var before = await api.WithDbAsync(db => db.Users.CountAsync());

        await api.RestartAsync();
        var applied = await api.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).Count());

        (await api.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(before);
        applied.ShouldBe(await api.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().Count())));
    }

    [PostgresFact]
    public async Task Upgrading_to_the_share_index_fills_it_from_the_customers_already_shared()
    {
        await using var api = await TestApi.StartAsync(Engine.Postgres);
        var alice = await api.EnrollAsync("alice", Domain.Users.UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", Domain.Users.UserRole.Salesperson);
        var bobId = (await api.PostAsync(bob, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();
        var id = (await api.PostAsync(alice, "mutation { createCustomer(input: { name: \"共享客户\", kind: " +
            "ORGANIZATION }) { customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        (await api.PostAsync(alice, "mutation($c: ID!, $u: ID!) { shareCustomer(input: { customerId: $c, userId: $u })" +
            " { customer { id } } }", new { c = id, u = bobId })).Errors.ShouldBeNull();

        // Back to the release before ADR-054 (its Down drops the table and triggers), then up again.
        var shares = await api.WithDbAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("20261204214812_OpenPlansByOwnerIndex");
            (await db.Database.SqlQueryRaw<int>(
                "SELECT count(*)::int AS \"Value\" FROM pg_class WHERE relname = 'customer_shares'").SingleAsync())
                .ShouldBe(0);
            await migrator.MigrateAsync();
            return await db.Database.SqlQueryRaw<string>(
                "SELECT u.login || ' ' || s.name AS \"Value\" FROM customer_shares s JOIN users u ON u.id = s.user_id")
                .ToListAsync();
        });

        shares.ShouldBe(["bob 共享客户"]);
        var page = await api.PostAsync(bob, "{ customers(order: [{ name: ASC }]) { nodes { name } } }");
        page.Data!["customers"]!["nodes"]![0]!["name"]!.GetValue<string>().ShouldBe("共享客户");
    }

    private static async Task<Dictionary<(string Table, string Column), bool>> ReadColumnsAsync(
        DbContext db, Engine engine)
    {
        var sql = engine == Engine.Postgres
            ? "SELECT table_name, column_name, is_nullable = 'YES' FROM information_schema.columns WHERE " +
                "table_schema = 'public'"
            : "SELECT m.name, p.name, p.\"notnull\" = 0 AND p.pk = 0 FROM sqlite_master m JOIN " +
                "pragma_table_info(m.name) p WHERE m.type = 'table'";
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var columns = new Dictionary<(string, string), bool>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns[(reader.GetString(0), reader.GetString(1))] = Convert.ToBoolean(
                reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture);
        }

        return columns;
    }
}
