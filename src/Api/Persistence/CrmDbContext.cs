using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Teams;
using CrmGraph.Domain.Users;
using CrmGraph.Api.Events;
using CrmGraph.Api.Persistence.Auditing;
using CrmGraph.Api.Persistence.Concurrency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CrmGraph.Api.Persistence;

/// <summary>
/// The unit of work over both engines. Each engine has its own subclass so that each keeps its own
/// migrations (see ADR-002); the model itself is configured once, here.
/// </summary>
public abstract class CrmDbContext : DbContext, IUnitOfWork
{
    protected CrmDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<User> Users => Set<User>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<FollowUpPlan> FollowUpPlans => Set<FollowUpPlan>();

    public DbSet<FollowUpRecord> FollowUpRecords => Set<FollowUpRecord>();

    public DbSet<Deal> Deals => Set<Deal>();

    public DbSet<Domain.Service.ServiceRecord> ServiceRecords => Set<Domain.Service.ServiceRecord>();

    public DbSet<Domain.Care.CareAction> CareActions => Set<Domain.Care.CareAction>();

    public DbSet<Domain.Care.SatisfactionSurvey> SatisfactionSurveys => Set<Domain.Care.SatisfactionSurvey>();

    public DbSet<Domain.Care.Feedback> Feedback => Set<Domain.Care.Feedback>();

    public DbSet<Domain.Retention.WinBackAttempt> WinBackAttempts => Set<Domain.Retention.WinBackAttempt>();

    public DbSet<Sheets.Import.SheetImportRecord> SheetImports => Set<Sheets.Import.SheetImportRecord>();

    public DbSet<Sheets.Import.SavedColumnMap> SavedColumnMaps => Set<Sheets.Import.SavedColumnMap>();

    public DbSet<Domain.Reminders.Reminder> Reminders => Set<Domain.Reminders.Reminder>();

    public DbSet<Domain.Performance.PerformanceRating> PerformanceRatings =>
        Set<Domain.Performance.PerformanceRating>();
    public DbSet<Authentication.ApiTokens.ApiToken> ApiTokens => Set<Authentication.ApiTokens.ApiToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Reminders.FollowUpScanMarkRow> FollowUpScanMarks => Set<Reminders.FollowUpScanMarkRow>();

    public DbSet<Reminders.ReminderDigestCustomerRow> ReminderDigestCustomers =>
        Set<Reminders.ReminderDigestCustomerRow>();

    public DbSet<AccessLog.CustomerAccess> CustomerAccesses => Set<AccessLog.CustomerAccess>();

    /// <summary>
    /// Who the saved changes are attributed to in the audit trail; null (the system) unless a transport set it.
    /// </summary>
    public AuditActor? Actor { get; set; }

    /// <summary>Maintenance rewrites (re-sealing fields) are not changes: no audit entries, no new versions.</summary>
    public bool Maintenance { get; set; }

    async Task IUnitOfWork.SaveChangesAsync(CancellationToken cancellationToken) =>
        await SaveChangesAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Saves, then publishes the domain events of the saved aggregates. Publishing after commit means a subscriber
    /// never hears of a change that was rolled back; a crash between commit and publish loses only the live hint.
    /// </summary>
    public override async Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var aggregates =
            ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).Where(a => a.DomainEvents.Count > 0).ToList();
        var events = aggregates.SelectMany(a => a.DomainEvents).ToList();
        if (!Maintenance)
        {
            CaptureAuditAndVersions();
        }

        int saved;
        try
        {
            saved = await SaveNumberingRemindersAsync(acceptAllChangesOnSuccess, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleVersionException(null, null);
        }

        aggregates.ForEach(a => a.ClearDomainEvents());
        var hub = this.GetService<EventHub<IDomainEvent>>();
        events.ForEach(hub.Publish);
        return saved;
    }

    // New reminders are numbered per recipient in the saving transaction (one is opened when the caller has none).
    private async Task<int> SaveNumberingRemindersAsync(
        bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        if (!ChangeTracker.Entries<Domain.Reminders.Reminder>().Any(e => e.State == EntityState.Added))
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }

        if (Database.CurrentTransaction is not null)
        {
            await CrmGraph.Api.Reminders.ReminderSequences.NumberAddedAsync(this, cancellationToken)
                .ConfigureAwait(false);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }

        var transaction = await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await CrmGraph.Api.Reminders.ReminderSequences.NumberAddedAsync(this, cancellationToken)
                .ConfigureAwait(false);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return saved;
        }
    }

    /// <summary>
    /// What a save adds to the tracked changes before writing them: the new versions and the audit entries. Public for
    /// writers that store the tracked rows themselves (<see cref="Bulk.PostgresCopyWriter"/>).
    /// </summary>
    public void CaptureAuditAndVersions()
    {
        AggregateVersions.Bump(ChangeTracker);

        // Audit rows take their own time-ordered ids so that auditing never shifts the ids of the records themselves.
        AuditEntries.AddRange(AuditTrail.Capture(
            ChangeTracker, Actor?.UserId, this.GetService<TimeProvider>().GetUtcNow(), () => Guid.CreateVersion7()));
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(
            typeof(CrmDbContext).Assembly, t => t.Namespace == typeof(Configurations.TeamConfiguration).Namespace);
        AggregateVersions.Configure(modelBuilder);
        SnakeCaseNaming.Apply(modelBuilder.Model);
    }
}
