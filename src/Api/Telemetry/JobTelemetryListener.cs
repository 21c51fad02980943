using System.Collections.Concurrent;
using System.Diagnostics;
using Quartz;

namespace CrmGraph.Api.Telemetry;

/// <summary>
/// A trace span, a run count and a duration for every scheduled job run, tagged with the job and its outcome.
/// </summary>
public sealed class JobTelemetryListener : IJobListener
{
    private readonly ConcurrentDictionary<string, (Activity? Activity, long Started)> _running = new(
        StringComparer.Ordinal);

    public string Name => nameof(JobTelemetryListener);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = CrmTelemetry.Source.StartActivity($"job {context.JobDetail.Key.Name}", ActivityKind.Internal);
        activity?.SetTag("job.name", context.JobDetail.Key.Name);
        _running[context.FireInstanceId] = (activity, Stopwatch.GetTimestamp());
        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_running.TryRemove(context.FireInstanceId, out var run))
        {
            run.Activity?.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask JobWasExecuted(
        IJobExecutionContext context, JobExecutionException? jobException,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcome = jobException is null ? "ok" : "error";
        var job = new KeyValuePair<string, object?>("job.name", context.JobDetail.Key.Name);
        var result = new KeyValuePair<string, object?>("outcome", outcome);
        CrmTelemetry.JobRuns.Add(1, job, result);
        if (_running.TryRemove(context.FireInstanceId, out var run))
        {
            CrmTelemetry.JobDuration.Record(Stopwatch.GetElapsedTime(run.Started).TotalSeconds, job, result);
            run.Activity?.SetStatus(
                jobException is null ? ActivityStatusCode.Ok : ActivityStatusCode.Error, jobException?.Message);
            run.Activity?.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
