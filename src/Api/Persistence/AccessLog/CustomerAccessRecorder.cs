using System.Collections.Concurrent;

namespace CrmGraph.Api.Persistence.AccessLog;

/// <summary>
/// Collects who viewed or exported which customers and writes it in the background, off the request path: a request
/// never waits for (or counts) these writes. <see cref="FlushAsync"/> runs every few seconds, at shutdown, and before
/// the access log is read. A crash loses at most the last few seconds of view records, never a customer change.
/// </summary>
public sealed class CustomerAccessRecorder(IServiceScopeFactory scopes, TimeProvider time)
{
    // One entry per call of Note, so a flush never splits one request's rows over two statements.
    private readonly ConcurrentQueue<CustomerAccess[]> _pending = new();
    private readonly Lock _gate = new();
    private Task _tail = Task.CompletedTask;

    public void Note(Guid userId, Guid teamId, IEnumerable<Guid> customerIds, CustomerAccessKind kind)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        var now = time.GetUtcNow();
        var accesses = customerIds
            .Select(customerId => new CustomerAccess(Guid.CreateVersion7(), userId, customerId, teamId, kind, now))
            .ToArray();
        if (accesses.Length > 0)
        {
            _pending.Enqueue(accesses);
        }
    }

    /// <summary>
    /// Writes what was noted so far; flushes run one after another, so a caller's flush has written its notes when it
    /// returns.
    /// </summary>
    public Task FlushAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _tail = _tail.ContinueWith(
                _ => DrainAsync(cancellationToken), CancellationToken.None, TaskContinuationOptions.None,
                TaskScheduler.Default)
                .Unwrap();
            return _tail;
        }
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        var batch = new List<CustomerAccess>();
        while (_pending.TryDequeue(out var accesses))
        {
            batch.AddRange(accesses);
            if (batch.Count >= CustomerAccessInsert.MaxRows)
            {
                await WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(List<CustomerAccess> batch, CancellationToken cancellationToken)
    {
        var distinct = batch.GroupBy(a => (a.UserId, a.CustomerId, a.Kind, a.Day))
            .Select(g => g.OrderBy(a => a.At).First())
            .ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        await CustomerAccessInsert.WriteAsync(db, distinct, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Flushes the recorder every few seconds and once more at shutdown.</summary>
public sealed class CustomerAccessWriter(CustomerAccessRecorder recorder) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await recorder.FlushAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await recorder.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // The services are already gone (a test host torn down first); nothing more can be written.
        }
    }
}
