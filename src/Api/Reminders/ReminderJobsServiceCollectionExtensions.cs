using CrmGraph.Jobs.Reminders;
using Quartz;

namespace CrmGraph.Api.Reminders;

public static class ReminderJobsServiceCollectionExtensions
{
    /// <summary>Setting that turns the scheduler off (tests run the scans directly; see ADR-010).</summary>
    public const string EnabledSetting = "Crm:Jobs:Enabled";

    /// <summary>Setting with another cron schedule for the follow-up scan (default every minute).</summary>
    public const string FollowUpScheduleSetting = "Crm:Jobs:FollowUpSchedule";

    /// <summary>
    /// How often a node tells the cluster it is alive; twice this without a check-in and others take over its jobs.
    /// </summary>
    public static readonly TimeSpan ClusterCheckinInterval = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Quartz: on PostgreSQL the clustered AdoJobStore in our database (Quartz provisions its tables), so each firing
    /// runs on one node and a stopped node's work is taken over by the others; on SQLite (one process) the RAM store.
    /// The unique reminder key stays the guarantee that a reminder is stored once (ADR-010, ADR-037). Off when
    /// <see cref="EnabledSetting"/> is false.
    /// </summary>
    public static IServiceCollection AddCrmReminderJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!configuration.GetValue(EnabledSetting, defaultValue: true))
        {
            return services;
        }

        var crm = configuration.GetSection(Configuration.CrmOptions.SectionName)
            .Get<Configuration.CrmOptions>() ?? new Configuration.CrmOptions();
        var clustered = crm.Database.Provider == Configuration.DatabaseProvider.Postgres;

        // Each node of the cluster needs its own instance id (AUTO: host name and time); the name is the cluster's.
        var properties = new System.Collections.Specialized.NameValueCollection
        {
            ["quartz.scheduler.instanceName"] = "crmgraph",
            ["quartz.scheduler.instanceId"] = clustered ? "AUTO" : "NON_CLUSTERED",
        };
        services.AddQuartz(properties, quartz =>
        {
            if (clustered)
            {
                quartz.UsePersistentStore(store =>
                {
                    store.UsePostgres(Persistence.DatabaseConnection.Resolve(crm));

                    // Quartz creates its own tables when missing and validates them at every start (ADR-037).
                    store.ProvisionSchema();
                    store.UseSystemTextJsonSerializer();
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = ClusterCheckinInterval;
                        cluster.CheckinMisfireThreshold = ClusterCheckinInterval * 2;
                    });
                });
            }
            else
            {
                quartz.UseInMemoryStore();
            }

            FollowUpReminderJob.Register(quartz, configuration[FollowUpScheduleSetting]);
            CustomerReminderJob.Register(quartz);
            PoolReclaimJob.Register(quartz);
            quartz.AddJobListener<Telemetry.JobTelemetryListener>();
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
