using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmGraph.Api.Persistence.Configurations;

public sealed class FollowUpPlanConfiguration : IEntityTypeConfiguration<FollowUpPlan>
{
    public void Configure(EntityTypeBuilder<FollowUpPlan> builder)
    {
        builder.ToTable("follow_up_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Purpose).HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.PreparedContent).HasMaxLength(2000);
        builder.Property(p => p.CancelReason).HasMaxLength(500);
        builder.HasOne<Customer>().WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CustomerId, p.DueAt, p.Id });
        builder.HasIndex(p => new { p.OwnerId, p.DueAt, p.Id });

        // A supervisor's plans page walks their team's plans of every status by due time (ADR-040); named, as the
        // open-plans index below is on the same columns.
        builder.HasIndex(p => new { p.TeamId, p.DueAt, p.Id }, "ix_follow_up_plans_team_id_due_at_id");

        // The follow-up scan reads only a team's open plans: by due time (full scans and the windows at now and at the
        // due-soon horizon) and by when they were (re)scheduled; covering on PostgreSQL with the reminder marks, so
        // "not yet reminded" is decided inside the index (ADR-030).
        builder.Property<DateTimeOffset?>(Reminders.PlanReminderMarks.OverdueFor);
        builder.Property<DateTimeOffset?>(Reminders.PlanReminderMarks.DueSoonFor);
        builder.HasIndex(p => new { p.TeamId, p.DueAt, p.Id }).HasFilter("status = 'Planned'")
            .IncludeProperties(Reminders.PlanReminderMarks.OverdueFor, Reminders.PlanReminderMarks.DueSoonFor)
                .HasDatabaseName("ix_follow_up_plans_open_team_due_at");
        builder.HasIndex(p => new { p.TeamId, p.ScheduledAt }).HasFilter("status = 'Planned'")
            .IncludeProperties(
                nameof(FollowUpPlan.Id), nameof(FollowUpPlan.DueAt), Reminders.PlanReminderMarks.OverdueFor,
                Reminders.PlanReminderMarks.DueSoonFor)
            .HasDatabaseName("ix_follow_up_plans_open_team_scheduled_at");

        // Counting a salesperson's open plans by due time (Today's overdue and due-today counts, the team card's
        // `followUpPlanCounts`, issue #19): read from the index alone on PostgreSQL, where the team and the customer
        // decide visibility, instead of a scan of every plan of every status.
        builder.HasIndex(p => new { p.OwnerId, p.DueAt }).HasFilter("status = 'Planned'")
            .IncludeProperties(nameof(FollowUpPlan.TeamId), nameof(FollowUpPlan.CustomerId))
            .HasDatabaseName("ix_follow_up_plans_open_owner_due_at");
        builder.Ignore(p => p.DomainEvents);
    }
}

public sealed class FollowUpRecordConfiguration : IEntityTypeConfiguration<FollowUpRecord>
{
    public void Configure(EntityTypeBuilder<FollowUpRecord> builder)
    {
        builder.ToTable("follow_up_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Purpose).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.Content).HasMaxLength(4000);
        builder.Property(r => r.CustomerFeedback).HasMaxLength(2000);
        builder.Property(r => r.Result).HasMaxLength(1000);
        builder.Property(r => r.NextAction).HasMaxLength(1000);
        builder.HasOne<Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CustomerId, r.HappenedAt, r.Id });
        builder.HasIndex(r => new { r.OwnerId, r.HappenedAt, r.Id });

        // A team's records of a period (data review, evaluation), without touching the table on PostgreSQL.
        builder.HasIndex(r => new { r.TeamId, r.HappenedAt })
            .IncludeProperties(r => new { r.CustomerId, r.OwnerId, r.Channel, r.RecordedAt })
                .HasDatabaseName("ix_follow_up_records_team_happened_at");
        builder.Ignore(r => r.RecordLag);
        builder.Ignore(r => r.DomainEvents);
    }
}
