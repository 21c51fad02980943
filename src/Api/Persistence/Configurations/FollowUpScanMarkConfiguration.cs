using CrmGraph.Api.Reminders;
using CrmGraph.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmGraph.Api.Persistence.Configurations;

public sealed class FollowUpScanMarkConfiguration : IEntityTypeConfiguration<FollowUpScanMarkRow>
{
    public void Configure(EntityTypeBuilder<FollowUpScanMarkRow> builder)
    {
        builder.ToTable("follow_up_scan_marks");
        builder.HasKey(m => m.TeamId);
        builder.Property(m => m.TeamId).ValueGeneratedNever();
        builder.HasOne<Team>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}
