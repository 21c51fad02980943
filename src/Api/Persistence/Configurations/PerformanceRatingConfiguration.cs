using CrmGraph.Domain.Performance;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmGraph.Api.Persistence.Configurations;

public sealed class PerformanceRatingConfiguration : IEntityTypeConfiguration<PerformanceRating>
{
    public void Configure(EntityTypeBuilder<PerformanceRating> builder)
    {
        builder.ToTable("performance_ratings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Comment).HasMaxLength(PerformanceRating.CommentMaxLength);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.SalespersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.SupervisorId).OnDelete(DeleteBehavior.Restrict);

        // One rating per salesperson and period; revising it changes that row (its history is in the audit trail).
        builder.HasIndex(r => new { r.SalespersonId, r.PeriodStart, r.PeriodEnd }).IsUnique();
        builder.HasIndex(r => new { r.TeamId, r.PeriodStart });
        builder.Ignore(r => r.Ratings);
        builder.Ignore(r => r.DomainEvents);
    }
}
