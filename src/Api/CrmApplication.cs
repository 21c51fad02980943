using CrmGraph.Api.Authentication;
using CrmGraph.Api.Configuration;
using CrmGraph.Api.Dashboard;
using CrmGraph.Api.Events;
using CrmGraph.Domain.Common;
using CrmGraph.Api.GraphQL;
using CrmGraph.Api.Health;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.Encryption;
using CrmGraph.Api.Sheets;
using CrmGraph.Api.Reminders;
using CrmGraph.Api.Telemetry;
using CrmGraph.Api.Transport;
using CrmGraph.Api.Transport.RateLimiting;

namespace CrmGraph.Api;

/// <summary>The composition root: configuration, persistence, authentication and GraphQL.</summary>
public static class CrmApplication
{
    public static WebApplication Build(string[] args) => Build(args, CommandLineContext.Standard);

    /// <summary>
    /// The application with the context's environment and settings (a verb run in a test's process).
    /// </summary>
    public static WebApplication Build(string[] args, CommandLineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var builder = WebApplication.CreateBuilder(
            new WebApplicationOptions { Args = args, EnvironmentName = context.EnvironmentName });
        if (context.Settings.Count > 0)
        {
            builder.Configuration.AddInMemoryCollection(context.Settings);
        }

        builder.Services.Configure<CrmOptions>(builder.Configuration.GetSection(CrmOptions.SectionName));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IIdGenerator, TimeOrderedIdGenerator>();
        builder.Services.AddSingleton<EventHub<IDomainEvent>>();
        builder.Services.AddScoped<FirstRunSeeder>();
        builder.Services.AddCrmPersistence();
        builder.Services.AddCrmAuthentication();
        builder.Services.AddCrmSheets();
        builder.Services.AddCrmReminderJobs(builder.Configuration);
        builder.Services.AddCrmGraphQL(builder.Configuration, builder.Environment.IsDevelopment());
        builder.Services.AddCrmHealthChecks();
        builder.Services.AddCrmTelemetry(builder.Configuration);
        builder.Services.AddCrmRateLimiting();

        builder.Services.PostConfigure<CrmOptions>(
            o => o.GraphQL.EnableIntrospection ??= !builder.Environment.IsProduction());
        var app = builder.Build();
        app.UseCorrelationIds();
        app.UseVersionHeader();
        FieldProtection.Use(FieldKeySet.Load(
            app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CrmOptions>>().Value));
        app.UseWebSockets(
            new Microsoft.AspNetCore.Builder.WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(15) });
        app.UseCrmDashboard();
        app.UseRateLimiter();
        app.MapCrmGraphQL();
        app.MapCrmHealth();
        return app;
    }

    public static async Task MigrateAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>()
            .MigrateAsync(cancellationToken)
            .ConfigureAwait(false);
    }
}
