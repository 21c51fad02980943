using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Persistence;

public sealed class PostgresCrmDbContext(DbContextOptions<PostgresCrmDbContext> options) : CrmDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SqlTime.MapForPostgres(modelBuilder);

        // "Shared with me" (shared_with @> ARRAY[me]) as an index lookup, not a scan (ADR-032); SQLite has none.
        modelBuilder.Entity<Domain.Customers.Customer>().HasIndex(c => c.SharedWith)
            .HasMethod("gin").HasDatabaseName("ix_customers_shared_with");
    }
}
