using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Persistence;

public sealed class SqliteCrmDbContext(DbContextOptions<SqliteCrmDbContext> options) : CrmDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite cannot compare or order DateTimeOffset values stored as text; integers it can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcMicrosecondsConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcMicrosecondsConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SqlTime.MapForSqlite(modelBuilder);
    }
}
