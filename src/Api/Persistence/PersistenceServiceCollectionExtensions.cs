using CrmGraph.Api.Configuration;
using CrmGraph.Api.Persistence.Repositories;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Registers the engine chosen by <c>Crm:Database:Provider</c>; <see cref="CrmDbContext"/> is scoped per request.</summary>
    public static IServiceCollection AddCrmPersistence(this IServiceCollection services, CrmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = DatabaseConnection.Resolve(options);
        switch (options.Database.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContextFactory<PostgresCrmDbContext>(o => o.UseNpgsql(connectionString));
                services.AddScoped<CrmDbContext>(sp => sp.GetRequiredService<IDbContextFactory<PostgresCrmDbContext>>().CreateDbContext());
                break;
            default:
                services.AddDbContextFactory<SqliteCrmDbContext>(o => o.UseSqlite(connectionString));
                services.AddScoped<CrmDbContext>(sp => sp.GetRequiredService<IDbContextFactory<SqliteCrmDbContext>>().CreateDbContext());
                break;
        }

        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<CrmDbContext>());
        services.AddScoped<ICustomerRepository, CustomerRepository>();
        services.AddScoped<DatabaseMigrator>();
        return services;
    }
}
