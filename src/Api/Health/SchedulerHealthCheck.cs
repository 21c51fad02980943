using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace CrmGraph.Api.Health;

/// <summary>
/// Ready when the Quartz scheduler has started; not applicable (healthy) when no scheduler is registered.
/// </summary>
public sealed class SchedulerHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService<ISchedulerFactory>() is not { } factory)
        {
            return HealthCheckResult.Healthy("Not applicable: no job scheduler is registered.");
        }

        var scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
        var status = await scheduler.GetStatus(cancellationToken).ConfigureAwait(false);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("The job scheduler is running.")
            : HealthCheckResult.Unhealthy($"The job scheduler is {status}, not running.");
    }
}
