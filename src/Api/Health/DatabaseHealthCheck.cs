using CrmGraph.Api.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrmGraph.Api.Health;

/// <summary>Ready only while the configured database answers a connection.</summary>
public sealed class DatabaseHealthCheck(CrmDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        return await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy("The database is reachable.")
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
    }
}
