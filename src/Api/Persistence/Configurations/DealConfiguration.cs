using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmGraph.Api.Persistence.Configurations;

public sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.ToTable("deals");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Product).HasMaxLength(200);
        builder.Property(d => d.Currency).HasMaxLength(3);
        builder.Property(d => d.Amount).HasPrecision(18, 2);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(8);
        builder.Property(d => d.LostReason).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.LostNote).HasMaxLength(1000);
        builder.ComplexProperty(d => d.Conversion, c =>
        {
            c.Property(x => x.Amount).HasPrecision(18, 2);
            c.Property(x => x.Product).HasMaxLength(200);
            c.Property(x => x.KeyFactor).HasMaxLength(500);
            c.Property(x => x.CooperationMode).HasMaxLength(200);
        });
        builder.HasOne<Customer>().WithMany().HasForeignKey(d => d.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(d => d.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.CustomerId, d.Status });
        builder.HasIndex(d => new { d.TeamId, d.OpenedAt, d.Id });
        builder.HasIndex(d => new { d.OwnerId, d.OpenedAt, d.Id });
        builder.Ignore(d => d.DomainEvents);
    }
}
