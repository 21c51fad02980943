using Quartz;

namespace CrmGraph.Jobs.Reminders;

/// <summary>Runs <see cref="CustomerReminderScan"/>; overlapping runs are not allowed.</summary>
[DisallowConcurrentExecution]
public sealed class CustomerReminderJob(CustomerReminderScan scan) : IJob
{
    public static readonly JobKey Key = new("customer-reminders", "reminders");

    /// <summary>
    /// Every hour on the hour (UTC). Teams live in different time zones, so one fixed local-time trigger cannot suit
    /// them all: the rules compare against each team's local day and hour, and an hourly run picks up each threshold
    /// within the hour after it passes in that team's zone. A missed firing fires once at once (the scan catches up).
    /// </summary>
    public const string Schedule = "0 0 * * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await scan.RunAsync(cancellationToken).ConfigureAwait(false);

    public static void Register(IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<CustomerReminderJob>(j => j.WithIdentity(Key));
        quartz.AddTrigger(t => t.ForJob(Key).WithIdentity("customer-reminders-hourly", "reminders")
            .WithCronSchedule(Schedule, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
    }
}
