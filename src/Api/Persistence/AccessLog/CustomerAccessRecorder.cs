using System.Collections.Concurrent;

namespace CrmGraph.Api.Persistence.AccessLog;

/// <summary>
/// Collects who viewed or exported which customers and writes it in the background, off the request path: a request
/// never waits for (or counts) these writes. <see cref="FlushAsync"/> runs every few seconds, at shutdown, and before
/// the access log is read. A crash loses at most the last few seconds of view records, never a customer change.
/// </summary>
public sealed class CustomerAccessRecorder(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>How many (user, customer, kind) of the day a server remembers as written; past it, views are
    /// noted again and the unique index drops the repeats, as before.</summary>
    public const int RememberedPerDay = 200_000;

    // One entry per call of Note, so a flush never splits one request's rows over two statements.
    private readonly ConcurrentQueue<CustomerAccess[]> _pending = new();
    private readonly Lock _gate = new();
    private Task _tail = Task.CompletedTask;

    // What this server has written for the day _writtenDay (UTC day number): a customer viewed again that day by the
    // same user is not noted again, so a page reloaded all day costs no id, no row and no insert after its first flush
    // (issue #16). Only rows written successfully are remembered, so a failed write is retried by the next view.
    private readonly ConcurrentDictionary<(Guid User, Guid Customer, CustomerAccessKind Kind), byte> _written = new();
    private volatile int _writtenDay = -1;
    private int _remembered;

    public void Note(Guid userId, Guid teamId, IEnumerable<Guid> customerIds, CustomerAccessKind kind)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime).DayNumber;
        var accesses = customerIds
            .Where(customerId => _writtenDay != today || !_written.ContainsKey((userId, customerId, kind)))
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
        Remember(distinct);
    }

    // Flushes run one after another (FlushAsync), so only one thread is here at a time.
    private void Remember(List<CustomerAccess> written)
    {
        foreach (var access in written)
        {
            var day = access.Day.DayNumber;
            if (day > _writtenDay)
            {
                _written.Clear();
                _remembered = 0;
                _writtenDay = day;
            }

            if (day == _writtenDay && _remembered < RememberedPerDay
                && _written.TryAdd((access.UserId, access.CustomerId, access.Kind), 0))
            {
                _remembered++;
            }
        }
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
