using Quartz;

namespace CrmGraph.Jobs.Reminders;

/// <summary>Runs <see cref="PoolReclaimScan"/>; overlapping runs are not allowed.</summary>
[DisallowConcurrentExecution]
public sealed class PoolReclaimJob(PoolReclaimScan scan) : IJob
{
    public static readonly JobKey Key = new("pool-reclaim", "reminders");

    /// <summary>
    /// Hourly at half past (UTC), away from the customer scan. Reclaim clocks count in each team's zone (the rule
    /// takes it), so a fixed UTC cadence suits every team; a missed firing fires once at once.
    /// </summary>
    public const string Schedule = "0 30 * * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await scan.RunAsync(cancellationToken).ConfigureAwait(false);

    public static void Register(IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<PoolReclaimJob>(j => j.WithIdentity(Key));
        quartz.AddTrigger(t => t.ForJob(Key).WithIdentity("pool-reclaim-hourly", "reminders")
            .WithCronSchedule(Schedule, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
    }
}
