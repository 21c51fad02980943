using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmGraph.Api.Persistence.Configurations;

/// <summary>
/// The reminder outbox: one row per cause and recipient, guaranteed by the unique index on <c>key</c>.
/// </summary>
public sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("reminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Cause).HasMaxLength(Reminder.KeyMaxLength).IsRequired();
        builder.Property(r => r.Key).HasMaxLength(Reminder.KeyMaxLength).IsRequired();
        builder.Property(r => r.Message).HasMaxLength(Reminder.MessageMaxLength).IsRequired();
        builder.Property(r => r.ChineseMessage).HasMaxLength(Reminder.MessageMaxLength).IsRequired();
        builder.HasIndex(r => r.Key).IsUnique().HasDatabaseName(ReminderKeys.UniqueIndexName);

        // Replay after a reconnect and the user's list both read a recipient's reminders in id (= issue) order.
        builder.HasIndex(r => new { r.RecipientId, r.Id }).HasDatabaseName("ix_reminders_recipient_id_id");
        builder.HasIndex(r => new { r.TeamId, r.Kind, r.IssuedAt })
            .HasDatabaseName("ix_reminders_team_id_kind_issued_at");

        // A subscriber resumes in commit order per recipient (ReminderSequences).
        builder.Property<long>(Api.Reminders.ReminderSequences.Property);
        builder.HasIndex(nameof(Reminder.RecipientId), Api.Reminders.ReminderSequences.Property)
            .IsUnique()
            .HasDatabaseName("ux_reminders_recipient_sequence");
        builder.HasOne<Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.TimeZoneId).HasMaxLength(ReminderWording.TimeZoneIdMaxLength);
        builder.Property(r => r.SubjectName).HasMaxLength(ReminderWording.SubjectNameMaxLength);
        builder.Property(r => r.Detail).HasMaxLength(ReminderWording.DetailMaxLength);
        builder.Ignore(r => r.IsDigest);
        builder.Ignore(r => r.Wording);
        builder.Ignore(r => r.DigestCustomerIds);
        builder.Ignore(r => r.IsRead);
        builder.Ignore(r => r.DomainEvents);
    }
}

/// <summary>A digest's customers; the key serves the customers filter <c>inDigest</c>.</summary>
public sealed class ReminderDigestCustomerConfiguration
    : IEntityTypeConfiguration<Api.Reminders.ReminderDigestCustomerRow>
{
    public void Configure(EntityTypeBuilder<Api.Reminders.ReminderDigestCustomerRow> builder)
    {
        builder.ToTable("reminder_digest_customers");
        builder.HasKey(m => new { m.ReminderId, m.CustomerId });
        builder.HasOne<Reminder>().WithMany().HasForeignKey(m => m.ReminderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Customer>().WithMany().HasForeignKey(m => m.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReminderSequenceConfiguration : IEntityTypeConfiguration<Api.Reminders.ReminderSequenceRow>
{
    public void Configure(EntityTypeBuilder<Api.Reminders.ReminderSequenceRow> builder)
    {
        builder.ToTable("reminder_sequences");
        builder.HasKey(s => s.RecipientId);
        builder.Property(s => s.RecipientId).ValueGeneratedNever();
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.RecipientId).OnDelete(DeleteBehavior.Cascade);
    }
}
