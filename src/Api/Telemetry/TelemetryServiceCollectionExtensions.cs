using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CrmGraph.Api.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// OpenTelemetry traces and metrics: HTTP (ASP.NET Core), GraphQL operations (GraphQL.NET's source and ours), SQL
    /// (Npgsql), job runs, reminders and subscriptions. Exported by OTLP when the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is configured (environment or configuration), with the standard
    /// <c>OTEL_*</c> settings for protocol, headers, intervals and service name. Without an endpoint the SDK is not
    /// started at all: it would record four or five activities per request that nothing reads (ADR-050). The meters
    /// and sources stay, so <c>dotnet-counters</c> and in-process listeners still see them.
    /// </summary>
    public static IServiceCollection AddCrmTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(
                "crmgraph", serviceVersion: typeof(CrmTelemetry).Assembly.GetName().Version?.ToString()))
            .WithTracing(t => t
                .AddSource(CrmTelemetry.Name, "GraphQL")
                .AddAspNetCoreInstrumentation(
                    o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddNpgsql())
            .WithMetrics(m => m
                .AddMeter(CrmTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddNpgsqlInstrumentation())
            .UseOtlpExporter();
        return services;
    }
}
