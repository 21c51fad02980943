using CrmGraph.Api.Persistence.Encryption;
using CrmGraph.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmGraph.Api.Persistence.Configurations;

/// <summary>The customer's child rows: contacts, key dates, issues, purchases and the two histories.</summary>
public static class CustomerChildrenConfiguration
{
    public static void Configure(EntityTypeBuilder<Customer> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.OwnsMany(c => c.Contacts, contact =>
        {
            contact.ToTable("customer_contacts");
            contact.WithOwner().HasForeignKey("CustomerId");
            contact.HasKey(x => x.Id);
            contact.Property(x => x.Id).ValueGeneratedNever();
            contact.Property(x => x.Name).HasMaxLength(100);
            contact.Property(x => x.Title).HasMaxLength(100);
            contact.Property(x => x.Phone).HasConversion(ProtectedConverters.Text).HasMaxLength(
                ProtectedConverters.SealedMaxLength);
            contact.Property(x => x.Email).HasConversion(ProtectedConverters.Text).HasMaxLength(
                ProtectedConverters.SealedMaxLength);
            contact.Property(x => x.WeChat).HasConversion(ProtectedConverters.Text).HasMaxLength(
                ProtectedConverters.SealedMaxLength);
            contact.Property(x => x.Address).HasConversion(ProtectedConverters.Text).HasMaxLength(
                ProtectedConverters.SealedMaxLength);
            contact.Property(x => x.Notes).HasMaxLength(2000);
        });
        builder.Navigation(c => c.Contacts).HasField("_contacts");

        builder.OwnsMany(c => c.KeyDates, keyDate =>
        {
            keyDate.ToTable("customer_key_dates");
            keyDate.WithOwner().HasForeignKey("CustomerId");
            keyDate.HasKey(x => x.Id);
            keyDate.Property(x => x.Id).ValueGeneratedNever();
            keyDate.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
            keyDate.Property(x => x.Label).HasMaxLength(100);
        });
        builder.Navigation(c => c.KeyDates).HasField("_keyDates");

        builder.OwnsMany(c => c.Issues, issue =>
        {
            issue.ToTable("customer_issues");
            issue.WithOwner().HasForeignKey("CustomerId");
            issue.HasKey(x => x.Id);
            issue.Property(x => x.Id).ValueGeneratedNever();
            issue.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            issue.Property(x => x.Description).HasMaxLength(1000);
            issue.Property(x => x.Analysis).HasMaxLength(2000);
            issue.Property(x => x.Solution).HasMaxLength(2000);
        });
        builder.Navigation(c => c.Issues).HasField("_issues");

        builder.OwnsMany(c => c.Purchases, purchase =>
        {
            purchase.ToTable("customer_purchases");
            purchase.WithOwner().HasForeignKey("CustomerId");
            purchase.HasKey(x => x.Id);
            purchase.Property(x => x.Id).ValueGeneratedNever();
            purchase.Property(x => x.Product).HasMaxLength(200);
            purchase.Property(x => x.Currency).HasMaxLength(3);
            purchase.Property(x => x.Amount).HasPrecision(18, 2);
        });
        builder.Navigation(c => c.Purchases).HasField("_purchases");

        builder.OwnsMany(c => c.StageHistory, change =>
        {
            change.ToTable("customer_stage_changes");
            change.WithOwner().HasForeignKey("CustomerId");
            change.Property<long>("Id");
            change.HasKey("Id");
            change.Property(x => x.From).HasConversion<string>().HasMaxLength(16);
            change.Property(x => x.To).HasConversion<string>().HasMaxLength(16);
            change.Property(x => x.Trigger).HasConversion<string>().HasMaxLength(24);
            change.Property(x => x.Reason).HasMaxLength(500);
        });
        builder.Navigation(c => c.StageHistory).HasField("_stageHistory");

        builder.OwnsMany(c => c.GradeHistory, change =>
        {
            change.ToTable("customer_grade_changes");
            change.WithOwner().HasForeignKey("CustomerId");
            change.Property<long>("Id");
            change.HasKey("Id");
            change.Property(x => x.From).HasConversion<string>().HasMaxLength(1);
            change.Property(x => x.To).HasConversion<string>().HasMaxLength(1);
            change.Property(x => x.Reason).HasMaxLength(500);
        });
        builder.Navigation(c => c.GradeHistory).HasField("_gradeHistory");
    }
}
