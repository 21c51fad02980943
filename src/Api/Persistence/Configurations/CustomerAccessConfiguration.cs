using CrmGraph.Api.Persistence.AccessLog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmGraph.Api.Persistence.Configurations;

public sealed class CustomerAccessConfiguration : IEntityTypeConfiguration<CustomerAccess>
{
    public void Configure(EntityTypeBuilder<CustomerAccess> builder)
    {
        builder.ToTable("customer_accesses");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(a => new { a.UserId, a.CustomerId, a.Kind, a.Day }).IsUnique().HasDatabaseName(
            "ux_customer_accesses_user_customer_kind_day");
        builder.HasIndex(a => new { a.TeamId, a.At }).HasDatabaseName("ix_customer_accesses_team_at");
        builder.HasIndex(a => new { a.CustomerId, a.At }).HasDatabaseName("ix_customer_accesses_customer_at");
    }
}
