using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrmGraph.Api.Health;

/// <summary>
/// Anonymous probes: <c>/health/live</c> runs no checks (the process answers), <c>/health/ready</c> runs every check
/// tagged <see cref="ReadyTag"/>. Add a readiness check with <c>AddCheck&lt;T&gt;(name, tags: [ReadyTag])</c>.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddCrmHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: [ReadyTag]);
        return services;
    }

    public static void MapCrmHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(
            "/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks(
            "/health/ready",
            new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
    }

    // Descriptions only: exception messages can carry connection details, so they are never written.
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(
                e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}
