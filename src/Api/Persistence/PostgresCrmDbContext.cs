using CrmGraph.Api.Persistence.Sharing;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Persistence;

public sealed class PostgresCrmDbContext(DbContextOptions<PostgresCrmDbContext> options) : CrmDbContext(options)
{
    /// <summary>"Shared with me" in a list's order (ADR-054); PostgreSQL only.</summary>
    public DbSet<CustomerShare> CustomerShares => Set<CustomerShare>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SqlTime.MapForPostgres(modelBuilder);

        // "Shared with me" (shared_with @> ARRAY[me]) as an index lookup, not a scan (ADR-032); SQLite has none.
        modelBuilder.Entity<Domain.Customers.Customer>().HasIndex(c => c.SharedWith)
            .HasMethod("gin").HasDatabaseName("ix_customers_shared_with");
        modelBuilder.Entity<CustomerShare>(share =>
        {
            share.ToTable("customer_shares");
            share.HasKey(s => new { s.UserId, s.CustomerId });
            share.Property(s => s.Name).HasMaxLength(Domain.Customers.Customer.NameMaxLength);
            share.HasOne<Domain.Customers.Customer>().WithMany().HasForeignKey(s => s.CustomerId)
                .OnDelete(DeleteBehavior.Cascade);
            share.HasIndex(s => new { s.UserId, s.Name, s.CustomerId });
            share.HasIndex(s => new { s.UserId, s.EnteredAt, s.CustomerId });
        });
        SnakeCaseNaming.Apply(modelBuilder.Model);
    }
}
