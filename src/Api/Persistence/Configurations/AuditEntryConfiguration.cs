using CrmGraph.Api.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmGraph.Api.Persistence.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.EntityType).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Changes).IsRequired();
        builder.HasIndex(a => new { a.CustomerId, a.OccurredAt }).HasDatabaseName("ix_audit_entries_customer_occurred");
        builder.HasIndex(a => new { a.ActorId, a.OccurredAt }).HasDatabaseName("ix_audit_entries_actor_occurred");
        builder.HasIndex(a => new { a.TeamId, a.OccurredAt }).HasDatabaseName("ix_audit_entries_team_occurred");
    }
}
