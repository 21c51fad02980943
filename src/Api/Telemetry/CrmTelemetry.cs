using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CrmGraph.Api.Telemetry;

/// <summary>
/// The traces and metrics CrmGraph itself emits (beside ASP.NET Core's, Npgsql's and GraphQL.NET's): one source and one
/// meter named <see cref="Name"/>, so a collector can pick them by name.
/// </summary>
public static class CrmTelemetry
{
    public const string Name = "CrmGraph";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Duration of each GraphQL operation, tagged with its name, type and outcome.</summary>
    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "crm.graphql.operation.duration", "s", "Duration of GraphQL operations.");

    public static readonly Counter<long> JobRuns = Meter.CreateCounter<long>(
        "crm.jobs.runs", "{run}", "Scheduled job runs, by job and outcome.");

    public static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>(
        "crm.jobs.duration", "s", "Duration of scheduled job runs.");

    public static readonly Counter<long> RemindersProduced = Meter.CreateCounter<long>(
        "crm.reminders.produced", "{reminder}", "Reminders stored in the outbox, by kind.");

    public static readonly Counter<long> RemindersDelivered = Meter.CreateCounter<long>(
        "crm.reminders.delivered", "{reminder}", "Reminders sent to subscribers.");

    public static readonly UpDownCounter<long> OpenSubscriptions = Meter.CreateUpDownCounter<long>(
        "crm.subscriptions.open", "{subscription}", "GraphQL subscriptions open now, by transport.");
}
