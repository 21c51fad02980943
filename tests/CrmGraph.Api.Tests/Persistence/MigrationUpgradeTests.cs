using CrmGraph.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CrmGraph.Api.Tests.Persistence;

public sealed class MigrationUpgradeTests
{
    private const string BeforeArchive = "AddIdempotencyRecords";

    [EngineFact]
    public async Task Upgrading_a_database_of_the_walking_skeleton_keeps_its_customers_and_fills_the_new_columns(Engine engine)
    {
        var (directory, connectionString) = await TestApi.CreateEmptyDatabaseAsync(engine);
        await using (var old = TestApi.NewContext(engine, connectionString))
        {
            var migrator = old.GetService<IMigrator>();
            var target = old.Database.GetMigrations().Single(m => m.EndsWith(BeforeArchive, StringComparison.Ordinal));
            await migrator.MigrateAsync(target);
            await InsertSkeletonRowsAsync(old, engine);
        }

        await using var api = TestApi.Start(engine, directory, connectionString);
        var customer = await api.WithDbAsync(db => db.Customers.AsNoTracking().SingleAsync());
        var team = await api.WithDbAsync(db => db.Teams.AsNoTracking().SingleAsync());

        customer.Name.ShouldBe("老客户");
        customer.Stage.ShouldBe(LifecycleStage.Prospect);
        customer.StageHistory.Single().To.ShouldBe(LifecycleStage.Prospect);
        customer.Needs.Currency.ShouldBe("CNY");
        customer.ReclaimClock.StartedAt.ShouldBe(customer.EnteredAt);
        team.Cadence.GradeADays.ShouldBe(1);
        team.Weights.Total.ShouldBe(100);
        (await api.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(1);
    }

    [EngineFact]
    public async Task Upgrading_seals_the_personal_data_written_before_encryption(Engine engine)
    {
        var (directory, connectionString) = await TestApi.CreateEmptyDatabaseAsync(engine);
        await using (var old = TestApi.NewContext(engine, connectionString))
        {
            var migrator = old.GetService<IMigrator>();
            await migrator.MigrateAsync(old.Database.GetMigrations().Single(m => m.EndsWith(BeforeArchive, StringComparison.Ordinal)));
            await InsertSkeletonRowsAsync(old, engine);
            await migrator.MigrateAsync(old.Database.GetMigrations().Single(m => m.EndsWith("_CustomerErasure", StringComparison.Ordinal)));
            await old.Database.ExecuteSqlRawAsync("UPDATE customers SET profile_phone = '13900000001', normalized_phone = '13900000001', profile_birthday = '1985-06-15'");
        }

        await using var api = TestApi.Start(engine, directory, connectionString);
        var stored = await api.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT profile_phone, normalized_phone, profile_birthday FROM customers";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return (Phone: reader.GetString(0), Key: reader.GetString(1), Birthday: reader.GetString(2));
        });
        var customer = await api.WithDbAsync(db => db.Customers.AsNoTracking().SingleAsync());

        stored.Phone.ShouldStartWith("enc:");
        stored.Key.ShouldStartWith("h:");
        stored.Birthday.ShouldStartWith("enc:");
        customer.Profile.Phone.ShouldBe("13900000001");
        customer.Profile.Birthday.ShouldBe(new DateOnly(1985, 6, 15));
    }

    private static async Task InsertSkeletonRowsAsync(DbContext db, Engine engine)
    {
        var at = new DateTimeOffset(2026, 1, 5, 2, 0, 0, TimeSpan.Zero);
        object Id(string value) => engine == Engine.Postgres ? Guid.Parse(value) : Guid.Parse(value).ToString().ToUpperInvariant();
        object Time(DateTimeOffset value) => engine == Engine.Postgres ? value : (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        var team = Id("00000000-0000-7000-8000-0000000000a1");
        var user = Id("00000000-0000-7000-8000-0000000000a2");
        var customer = Id("00000000-0000-7000-8000-0000000000a3");
        await db.Database.ExecuteSqlRawAsync("INSERT INTO teams (id, name, time_zone_id, created_at) VALUES ({0}, 'Old team', 'Asia/Shanghai', {1})", team, Time(at));
        await db.Database.ExecuteSqlRawAsync("INSERT INTO users (id, login, display_name, role, team_id, is_active, created_at) VALUES ({0}, 'admin', 'Administrator', 'Admin', {1}, TRUE, {2})", user, team, Time(at));
        await db.Database.ExecuteSqlRawAsync("INSERT INTO customers (id, team_id, owner_id, kind, name, first_contact_at, entered_at) VALUES ({0}, {1}, {2}, 'Organization', '老客户', {3}, {3})", customer, team, user, Time(at));
    }
}
