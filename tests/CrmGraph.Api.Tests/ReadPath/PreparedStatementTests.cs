using System.Data.Common;
using CrmGraph.Api.Configuration;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Tests.Sheets;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.ReadPath;

/// <summary>
/// Issue #16, ADR-053: on PostgreSQL the statements a server runs again and again are prepared on their connection, so
/// PostgreSQL neither parses nor (after five runs) plans a page's statement per request; a connection string that
/// says otherwise is obeyed, and SQLite is left alone.
/// </summary>
public sealed class PreparedStatementTests
{
    [PostgresFact]
    public async Task A_page_read_again_on_a_connection_runs_as_a_prepared_statement()
    {
        await using var api = await TestApi.StartAsync(Engine.Postgres);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        await api.PostAsync(
            alice, "mutation { createCustomer(input: { name: \"张三\", kind: INDIVIDUAL }) { customer { id } } }");

        var prepared = await api.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            for (var i = 0; i < 3; i++)
            {
                (await db.Customers.AsNoTracking().Where(c => c.Name == "张三").Select(c => c.Id).ToListAsync())
                    .ShouldHaveSingleItem();
            }

            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%FROM customers%'";
            return (long)(await command.ExecuteScalarAsync())!;
        });

        prepared.ShouldBe(1, "the customers statement run three times on one connection is prepared on it, once");
    }

    [Fact]
    public void PostgreSQL_connections_of_the_contexts_prepare_what_they_run_often()
    {
        var resolved = Connection(DatabaseProvider.Postgres, "Host=db;Database=crm;Username=crm;Password=p;Port=5432");

        resolved["Max Auto Prepare"].ShouldBe("64");
        resolved["Auto Prepare Min Usages"].ShouldBe("2");
        resolved["Password"].ShouldBe("p", "the rest of the string is kept");
    }

    [Theory]
    [InlineData("Host=db;Database=crm;Max Auto Prepare=0")]
    [InlineData("Host=db;Database=crm;maxautoprepare=10")]
    public void A_connection_string_that_names_automatic_preparation_is_obeyed(string configured)
    {
        var resolved = DatabaseConnection.ResolveForContexts(new CrmOptions
        {
            Database = { Provider = DatabaseProvider.Postgres, ConnectionString = configured },
        });

        resolved.ShouldBe(configured);
    }

    [Fact]
    public void SQLite_connection_strings_are_left_alone()
    {
        var resolved = Connection(DatabaseProvider.Sqlite, "Data Source=/tmp/crm-prepared-test.db");

        resolved.ContainsKey("Max Auto Prepare").ShouldBeFalse();
    }

    private static DbConnectionStringBuilder Connection(DatabaseProvider provider, string configured) => new()
    {
        ConnectionString = DatabaseConnection.ResolveForContexts(new CrmOptions
        {
            Database = { Provider = provider, ConnectionString = configured },
        }),
    };
}
