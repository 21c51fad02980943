using CrmGraph.Domain.Users;
using CrmGraph.Api.Tests.Sheets;
using Npgsql;

namespace CrmGraph.Api.Tests.Persistence;

/// <summary>
/// The test fixture's reuse of PostgreSQL databases (ADR-044): a database a test only wrote rows into is emptied for a
/// later test, sequences included; one whose schema or planner statistics a test changed, or with a connection left
/// on it, is never given to another test.
/// </summary>
public sealed class RecycledDatabaseTests
{
    [PostgresFact]
    public async Task A_database_with_only_new_rows_is_emptied_for_the_next_test()
    {
        var api = await TestApi.StartAsync(Engine.Postgres);
        await api.EnrollAsync("alice", UserRole.Salesperson);
        var connectionString = api.ConnectionString;
        (await CountAsync(connectionString, "SELECT count(*) FROM users")).ShouldBe(2);

        await api.DisposeAsync();

        RecycledDatabases.IsWaiting(connectionString).ShouldBeTrue();
        (await CountAsync(connectionString, "SELECT count(*) FROM users")).ShouldBe(0);
        (await CountAsync(connectionString, "SELECT count(*) FROM teams")).ShouldBe(0);
        (await CountAsync(connectionString, "SELECT count(*) FROM \"__EFMigrationsHistory\""))
            .ShouldBeGreaterThan(0, "the migrations stay recorded");
        (await RecycledDatabases.LooksLikeTemplateAsync(connectionString))
            .ShouldBeTrue("an emptied database can be emptied and reused again");
    }

    [PostgresFact]
    public async Task A_database_whose_statistics_changed_is_not_reused() =>
        (await WaitingAfterAsync("ANALYZE users")).ShouldBeFalse();

    [PostgresFact]
    public async Task A_database_whose_schema_changed_is_not_reused() =>
        (await WaitingAfterAsync("CREATE INDEX ix_probe ON users (login, id)")).ShouldBeFalse();

    [PostgresFact]
    public async Task A_database_with_a_connection_left_open_is_not_reused()
    {
        var api = await TestApi.StartAsync(Engine.Postgres);
        var connectionString = api.ConnectionString;
        await using var leftOpen = new NpgsqlConnection(connectionString);
        await leftOpen.OpenAsync();

        await api.DisposeAsync();

        RecycledDatabases.IsWaiting(connectionString).ShouldBeFalse();
    }

    [PostgresFact]
    public async Task A_database_still_used_by_a_second_server_is_not_emptied_under_it()
    {
        var first = await TestApi.StartAsync(Engine.Postgres);
        var connectionString = first.ConnectionString;
        await using (var second = Reminders.TwoNodeReminderTests.SecondNode(first))
        {
            await first.DisposeAsync();
            RecycledDatabases.IsWaiting(connectionString).ShouldBeFalse();
            (await CountAsync(connectionString, "SELECT count(*) FROM users")).ShouldBe(1);
        }

        RecycledDatabases.IsWaiting(connectionString).ShouldBeTrue();
    }

    private static async Task<bool> WaitingAfterAsync(string sql)
    {
        var api = await TestApi.StartAsync(Engine.Postgres);
        var connectionString = api.ConnectionString;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

        await api.DisposeAsync();
        return RecycledDatabases.IsWaiting(connectionString);
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
