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
    /// Quartz with the RAM job store: each node schedules its own scans, and the unique reminder key keeps two nodes
    /// from storing one reminder twice. Off when <see cref="EnabledSetting"/> is false.
    /// </summary>
    public static IServiceCollection AddCrmReminderJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!configuration.GetValue(EnabledSetting, defaultValue: true))
        {
            return services;
        }

        services.AddQuartz(quartz =>
        {
            quartz.UseInMemoryStore();
            FollowUpReminderJob.Register(quartz, configuration[FollowUpScheduleSetting]);
            CustomerReminderJob.Register(quartz);
            PoolReclaimJob.Register(quartz);
            quartz.AddJobListener<Telemetry.JobTelemetryListener>();
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
