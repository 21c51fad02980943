using CrmGraph.Api.Sheets.Import;
using CrmGraph.Domain.Teams;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmGraph.Api.Persistence.Configurations;

public sealed class SheetImportRecordConfiguration : IEntityTypeConfiguration<SheetImportRecord>
{
    public void Configure(EntityTypeBuilder<SheetImportRecord> builder)
    {
        builder.ToTable("sheet_imports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Template).HasMaxLength(32).IsRequired();
        builder.Property(r => r.FileName).HasMaxLength(SheetImportRecord.FileNameMaxLength).IsRequired();
        builder.Property(r => r.FileSha256).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Outcome).HasMaxLength(32).IsRequired();
        builder.HasIndex(r => new { r.TeamId, r.StartedAt }).HasDatabaseName("ix_sheet_imports_team_started_at");
        builder.HasOne<Team>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
