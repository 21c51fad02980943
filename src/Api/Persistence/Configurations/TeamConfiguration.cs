using CrmGraph.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmGraph.Api.Persistence.Configurations;

public sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("teams");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(Team.NameMaxLength).IsRequired();
        builder.Property(t => t.TimeZoneId).HasMaxLength(64).IsRequired();
        builder.PrimitiveCollection(t => t.CustomSources).HasField("_customSources");
        builder.ComplexProperty(t => t.Cadence);
        builder.ComplexProperty(t => t.Pool);
        builder.ComplexProperty(t => t.Reminders);
        builder.ComplexProperty(t => t.Weights, w => w.Ignore(x => x.Total));
        builder.Ignore(t => t.TimeZone);
        builder.Ignore(t => t.DomainEvents);
    }
}
