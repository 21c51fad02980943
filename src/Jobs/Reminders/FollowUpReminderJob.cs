using Quartz;

namespace CrmGraph.Jobs.Reminders;

/// <summary>Runs <see cref="FollowUpReminderScan"/>. Overlapping runs are pointless, so they are not allowed.</summary>
[DisallowConcurrentExecution]
public sealed class FollowUpReminderJob(FollowUpReminderScan scan) : IJob
{
    public static readonly JobKey Key = new("follow-up-reminders", "reminders");

    /// <summary>
    /// Every minute. The scan compares instants, so the team's time zone does not matter for it; a missed firing
    /// (node down, pool busy) fires once at once, because a scan catches up on everything due since.
    /// </summary>
    public const string Schedule = "0 * * * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await scan.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <param name="quartz">The scheduler being configured.</param>
    /// <param name="schedule">Another cron schedule (tests and demos that cannot wait a minute); <see cref="Schedule"/>
    /// when null.</param>
    public static void Register(IQuartzBuilder quartz, string? schedule = null)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<FollowUpReminderJob>(j => j.WithIdentity(Key));
        quartz.AddTrigger(t => t.ForJob(Key).WithIdentity("follow-up-reminders-minutely", "reminders")
            .WithCronSchedule(
                schedule ?? Schedule, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
    }
}
