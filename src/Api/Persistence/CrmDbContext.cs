using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Teams;
using CrmGraph.Domain.Users;
using CrmGraph.Api.Events;
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

    public DbSet<Sheets.Import.SheetImportRecord> SheetImports => Set<Sheets.Import.SheetImportRecord>();

    async Task IUnitOfWork.SaveChangesAsync(CancellationToken cancellationToken) =>
        await SaveChangesAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Saves, then publishes the domain events of the saved aggregates. Publishing after commit means a subscriber
    /// never hears of a change that was rolled back; a crash between commit and publish loses only the live hint.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var aggregates = ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).Where(a => a.DomainEvents.Count > 0).ToList();
        var events = aggregates.SelectMany(a => a.DomainEvents).ToList();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        aggregates.ForEach(a => a.ClearDomainEvents());
        var hub = this.GetService<EventHub<IDomainEvent>>();
        events.ForEach(hub.Publish);
        return saved;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CrmDbContext).Assembly, t => t.Namespace == typeof(Configurations.TeamConfiguration).Namespace);
        SnakeCaseNaming.Apply(modelBuilder.Model);
    }
}
