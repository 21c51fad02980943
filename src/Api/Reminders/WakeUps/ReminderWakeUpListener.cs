using CrmGraph.Api.Configuration;
using CrmGraph.Api.Events;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Reminders;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CrmGraph.Api.Reminders.WakeUps;

/// <summary>
/// On PostgreSQL, listens on <see cref="ReminderWakeUpSql.Channel"/> and republishes each notification as a
/// <see cref="ReminderIssued"/> on this node's event hub, so a reminder stored by another node reaches the
/// subscribers connected here. The notification carries ids only; the feed reads the row itself, through the
/// subscriber's visibility. A notification of this node's own reminder arrives twice; the feed sends each id once.
/// While the connection is down nothing is lost for good: a subscriber that reconnects with its last id gets the rest.
/// </summary>
public sealed partial class ReminderWakeUpListener(
    IOptions<CrmOptions> options, EventHub<IDomainEvent> hub, TimeProvider time,
    ILogger<ReminderWakeUpListener> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Database.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                LogLost(logger, RetryAfter.TotalSeconds, ex);
                await Task.Delay(RetryAfter, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    public static bool TryParse(string payload, DateTimeOffset at, out ReminderIssued? issued)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var parts = payload.Split(' ');
        issued = parts.Length == 4 && Guid.TryParse(parts[0], out var id) && Guid.TryParse(
            parts[1], out var recipient) && Guid.TryParse(parts[2], out var customer)
            && Enum.TryParse<ReminderKind>(parts[3], out var kind)
            ? new ReminderIssued(id, recipient, customer, kind, at)
            : null;
        return issued is not null;
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var connection = new NpgsqlConnection(DatabaseConnection.Resolve(options.Value));
        await using (connection.ConfigureAwait(false))
        {
            connection.Notification += (_, e) =>
            {
                if (TryParse(e.Payload, time.GetUtcNow(), out var issued))
                {
                    hub.Publish(issued!);
                }
            };
            await connection.OpenAsync(stoppingToken).ConfigureAwait(false);
            var listen = new NpgsqlCommand($"LISTEN {ReminderWakeUpSql.Channel}", connection);
            await using (listen.ConfigureAwait(false))
            {
                await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
            }

            LogListening(logger);
            while (true)
            {
                await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for reminders stored by any node (PostgreSQL " +
        "LISTEN crm_reminders)")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the reminder wake-up connection; retrying in {Seconds} " +
        "s (subscribers catch up by their last id)")]
    private static partial void LogLost(ILogger logger, double seconds, Exception exception);
}
