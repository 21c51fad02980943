using CrmGraph.Api.Persistence.Encryption;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Teams;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmGraph.Api.Persistence.Configurations;

public sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("customers");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Customer.NameMaxLength).IsRequired();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Grade).HasConversion<string>().HasMaxLength(1);
        builder.Property(c => c.CooperationMode).HasMaxLength(200);
        builder.Property(c => c.CooperationResults).HasMaxLength(2000);
        builder.Property(c => c.ClosedReason).HasMaxLength(500);
        // Duplicate keys of personal data are stored as keyed hashes: equality search works, the value is not there.
        builder.Property(c => c.NormalizedPhone)
            .HasConversion(ProtectedConverters.SearchHash, ProtectedConverters.SameSearchKey)
            .HasMaxLength(80);
        builder.Property(c => c.NormalizedEmail)
            .HasConversion(ProtectedConverters.SearchHash, ProtectedConverters.SameSearchKey)
            .HasMaxLength(80);
        builder.Property(c => c.NormalizedCompanyName).HasMaxLength(200);
        builder.PrimitiveCollection(c => c.Tags).HasField("_tags");
        builder.PrimitiveCollection(c => c.SharedWith).HasField("_sharedWith");
        builder.Property(c => c.MaintenanceStrategy).HasMaxLength(2000);
        builder.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.SupervisorGuideId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.PreviousOwnerId).OnDelete(DeleteBehavior.Restrict);

        // The orders and filters the lists use most, each ending with the id for keyset paging.
        builder.HasIndex(c => new { c.TeamId, c.EnteredAt, c.Id });
        builder.HasIndex(c => new { c.OwnerId, c.EnteredAt, c.Id });
        builder.HasIndex(c => new { c.TeamId, c.Name, c.Id });
        // The parts of the visibility rule (own, one owner within the team, the team pool) walked by name or entry time
        // (ADR-032). The pool's are partial: PostgreSQL does not take "owner_id IS NULL" as a constant for ordering.
        builder.HasIndex(c => new { c.OwnerId, c.Name, c.Id });
        builder.HasIndex(c => new { c.TeamId, c.OwnerId, c.Name, c.Id });
        builder.HasIndex(c => new { c.TeamId, c.OwnerId, c.EnteredAt, c.Id });
        builder.HasIndex(c => new { c.TeamId, c.Name, c.Id }, "ix_customers_pool_by_name")
            .HasFilter("owner_id IS NULL");
        builder.HasIndex(c => new { c.TeamId, c.EnteredAt, c.Id }, "ix_customers_pool_by_entry")
            .HasFilter("owner_id IS NULL");
        builder.HasIndex(c => new { c.TeamId, c.Stage, c.Grade });
        builder.HasIndex(c => new { c.TeamId, c.LastFollowUpAt });
        builder.HasIndex(c => new { c.TeamId, c.NormalizedPhone });
        builder.HasIndex(c => new { c.TeamId, c.NormalizedEmail });
        builder.HasIndex(c => new { c.TeamId, c.NormalizedCompanyName });

        builder.ComplexProperty(c => c.Profile, CustomerValueConfiguration.Profile);
        builder.ComplexProperty(c => c.Needs, CustomerValueConfiguration.Needs);
        builder.ComplexProperty(c => c.Evaluation);
        builder.ComplexProperty(c => c.ReclaimClock);
        CustomerChildrenConfiguration.Configure(builder);
        builder.Ignore(c => c.DomainEvents);
        builder.Ignore(c => c.KeyDecisionMaker);
        builder.Ignore(c => c.InPool);
    }
}
