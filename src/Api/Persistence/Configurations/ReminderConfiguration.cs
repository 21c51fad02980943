using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmGraph.Api.Persistence.Configurations;

/// <summary>The reminder outbox: one row per cause and recipient, guaranteed by the unique index on <c>key</c>.</summary>
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
        builder.HasIndex(r => new { r.TeamId, r.Kind, r.IssuedAt }).HasDatabaseName("ix_reminders_team_id_kind_issued_at");

        // A subscriber resumes in commit order per recipient (ReminderSequences).
        builder.Property<long>(Api.Reminders.ReminderSequences.Property);
        builder.HasIndex(nameof(Reminder.RecipientId), Api.Reminders.ReminderSequences.Property).IsUnique().HasDatabaseName("ux_reminders_recipient_sequence");
        builder.HasOne<Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.IsRead);
        builder.Ignore(r => r.DomainEvents);
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
