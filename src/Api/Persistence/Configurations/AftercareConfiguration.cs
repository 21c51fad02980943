using CrmGraph.Domain.Care;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Retention;
using CrmGraph.Domain.Service;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmGraph.Api.Persistence.Configurations;

public sealed class ServiceRecordConfiguration : IEntityTypeConfiguration<ServiceRecord>
{
    public void Configure(EntityTypeBuilder<ServiceRecord> builder)
    {
        builder.ToTable("service_records");
        AftercareColumns.Common(builder);
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Content).HasMaxLength(4000);
        builder.Property(s => s.AnswerText).HasMaxLength(4000);
        builder.Property(s => s.Result).HasMaxLength(4000);
        builder.Property(s => s.RevisitNote).HasMaxLength(2000);
        builder.HasIndex(s => new { s.CustomerId, s.RequestedAt, s.Id });
        builder.HasIndex(s => new { s.TeamId, s.RequestedAt, s.Id });
        builder.HasIndex(s => new { s.OwnerId, s.Status });
    }
}

public sealed class CareActionConfiguration : IEntityTypeConfiguration<CareAction>
{
    public void Configure(EntityTypeBuilder<CareAction> builder)
    {
        builder.ToTable("care_actions");
        AftercareColumns.Common(builder);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.HasIndex(c => new { c.CustomerId, c.DoneAt, c.Id });
        builder.HasIndex(c => new { c.TeamId, c.DoneAt, c.Id });
    }
}

public sealed class SatisfactionSurveyConfiguration : IEntityTypeConfiguration<SatisfactionSurvey>
{
    public void Configure(EntityTypeBuilder<SatisfactionSurvey> builder)
    {
        builder.ToTable("satisfaction_surveys");
        AftercareColumns.Common(builder);
        builder.Property(s => s.Comment).HasMaxLength(2000);
        builder.HasIndex(s => new { s.CustomerId, s.AnsweredAt, s.Id });
        builder.HasIndex(s => new { s.TeamId, s.AnsweredAt, s.Id });
    }
}

public sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> builder)
    {
        builder.ToTable("feedback");
        AftercareColumns.Common(builder);
        builder.Property(f => f.Category).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Content).HasMaxLength(4000);
        builder.HasIndex(f => new { f.CustomerId, f.ReceivedAt, f.Id });
        builder.HasIndex(f => new { f.TeamId, f.ReceivedAt, f.Id });
    }
}

public sealed class WinBackAttemptConfiguration : IEntityTypeConfiguration<WinBackAttempt>
{
    public void Configure(EntityTypeBuilder<WinBackAttempt> builder)
    {
        builder.ToTable("win_back_attempts");
        AftercareColumns.Common(builder);
        builder.Property(w => w.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(w => w.ChurnReason).HasMaxLength(500);
        builder.Property(w => w.Measures).HasMaxLength(2000);
        builder.Property(w => w.Effect).HasMaxLength(2000);
        builder.HasIndex(w => new { w.CustomerId, w.StartedAt, w.Id });
        builder.HasIndex(w => new { w.TeamId, w.StartedAt, w.Id });
    }
}

/// <summary>What every after-sale record has: its own id, a customer, an owner, a team.</summary>
internal static class AftercareColumns
{
    public static void Common<T>(EntityTypeBuilder<T> builder)
        where T : Domain.Common.AggregateRoot, ICustomerRecord
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne<Customer>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey("OwnerId").OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(x => x.DomainEvents);
    }
}
