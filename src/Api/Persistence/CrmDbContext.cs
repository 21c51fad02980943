using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Teams;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

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

    async Task IUnitOfWork.SaveChangesAsync(CancellationToken cancellationToken) =>
        await SaveChangesAsync(cancellationToken).ConfigureAwait(false);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CrmDbContext).Assembly, t => t.Namespace == typeof(Configurations.TeamConfiguration).Namespace);
        SnakeCaseNaming.Apply(modelBuilder.Model);
    }
}
