using CrmGraph.Api.Configuration;
using CrmGraph.Api.Persistence.Repositories;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace CrmGraph.Api.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers both engines' context factories; <c>Crm:Database:Provider</c> picks the one behind the scoped
    /// <see cref="CrmDbContext"/> (one per request) when it is first resolved. The contexts are pooled: a request
    /// takes a context whose EF services are already built (issue #16: building them was about a tenth of a page's
    /// CPU) and EF resets it when the request ends; our own settings are set again on every hand-out.
    /// </summary>
    public static IServiceCollection AddCrmPersistence(this IServiceCollection services)
    {
        services.AddPooledDbContextFactory<SqliteCrmDbContext>((sp, o) => NoCartesianProducts(
            o.UseSqlite(ConnectionString(sp), x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)))
            .AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddPooledDbContextFactory<PostgresCrmDbContext>((sp, o) => NoCartesianProducts(
            o.UseNpgsql(ConnectionString(sp), x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)))
            .AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddScoped<Auditing.AuditActor>();
        services.AddSingleton<AccessLog.CustomerAccessRecorder>();
        services.AddHostedService<AccessLog.CustomerAccessWriter>();
        services.AddScoped<CrmDbContext>(sp =>
        {
            CrmDbContext context = Provider(sp) == DatabaseProvider.Postgres
                ? sp.GetRequiredService<IDbContextFactory<PostgresCrmDbContext>>().CreateDbContext()
                : sp.GetRequiredService<IDbContextFactory<SqliteCrmDbContext>>().CreateDbContext();
            // A pooled context may come from an earlier request: nothing of ours may carry over.
            context.Actor = sp.GetRequiredService<Auditing.AuditActor>();
            context.Maintenance = false;
            return context;
        });
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<CrmDbContext>());
        services.AddScoped<ICustomerRepository, CustomerRepository>();
        services.AddScoped<ICustomerDuplicateLookup, CustomerDuplicateLookup>();
        services.AddScoped<CrmGraph.Domain.Reminders.IReminderRepository, ReminderRepository>();
        services.AddScoped<CrmGraph.Api.Reminders.ReminderOutbox>();
        services.AddHostedService<CrmGraph.Api.Reminders.WakeUps.ReminderWakeUpListener>();
        services.AddScoped<CrmGraph.Jobs.Reminders.IReminderScanSource, CrmGraph.Api.Reminders.EfReminderScanSource>();
        services.AddScoped<CrmGraph.Jobs.Reminders.IReminderSink, CrmGraph.Api.Reminders.OutboxReminderSink>();
        services.AddScoped<CrmGraph.Jobs.Reminders.FollowUpReminderScan>();
        services.AddScoped<CrmGraph.Jobs.Reminders.CustomerReminderScan>();
        services.AddScoped<CrmGraph.Jobs.Reminders.PoolReclaimScan>();
        services.AddScoped<DatabaseMigrator>();
        services.AddSingleton<Encryption.FieldResealer>();
        return services;
    }

    /// <summary>
    /// An aggregate's child collections are read one statement each (split), never joined into one cartesian product;
    /// a query that would still join several collections without saying so is an error, not a warning (ADR-039).
    /// </summary>
    private static DbContextOptionsBuilder NoCartesianProducts(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Throw(RelationalEventId.MultipleCollectionIncludeWarning));

    private static DatabaseProvider Provider(IServiceProvider services) =>
        services.GetRequiredService<IOptions<CrmOptions>>().Value.Database.Provider;

    private static string ConnectionString(IServiceProvider services) =>
        DatabaseConnection.ResolveForContexts(services.GetRequiredService<IOptions<CrmOptions>>().Value);
}
