using CrmGraph.Api.Sheets.Import;
using CrmGraph.Domain.Teams;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmGraph.Api.Persistence.Configurations;

public sealed class SavedColumnMapConfiguration : IEntityTypeConfiguration<SavedColumnMap>
{
    public void Configure(EntityTypeBuilder<SavedColumnMap> builder)
    {
        builder.ToTable("sheet_column_maps");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Template).HasMaxLength(SavedColumnMap.TemplateMaxLength).IsRequired();
        builder.Property(m => m.HeaderSignature).HasMaxLength(64).IsRequired();
        builder.Property(m => m.ColumnMap).IsRequired();
        builder.Property(m => m.IgnoredColumns).IsRequired();
        builder.Ignore(m => m.Map);
        builder.Ignore(m => m.Ignored);
        builder.HasIndex(m => new { m.TeamId, m.Template, m.HeaderSignature }).IsUnique()
            .HasDatabaseName("ux_sheet_column_maps_team_template_headers");
        builder.HasOne<Team>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.SavedBy).OnDelete(DeleteBehavior.Restrict);
    }
}
