using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CrmGraph.Api.Tests.Fixtures;

/// <summary>
/// Counts the SQL commands the server sends for requests, to prove batching keeps them bounded. The access log's
/// background writes (customer_accesses) are not a request's and are not counted.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<CapturedCommand> _commands = new();
    private int _count;
    private int _accessLogInserts;

    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// The access log's background INSERT statements since the last <see cref="Reset"/> (not in <see cref="Count"/>).
    /// </summary>
    public int AccessLogInserts => Volatile.Read(ref _accessLogInserts);

    /// <summary>The counted commands since the last <see cref="Reset"/>, with copies of their parameters.</summary>
    public IReadOnlyList<CapturedCommand> Commands => [.. _commands];

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _accessLogInserts, 0);
        _commands.Clear();
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        CountUnlessBackground(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (command.CommandText.StartsWith("INSERT INTO customer_accesses", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _accessLogInserts);
        }

        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        CountUnlessBackground(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void CountUnlessBackground(DbCommand command)
    {
        if (!command.CommandText.Contains("customer_accesses", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _count);
            var parameters = command.Parameters.Cast<DbParameter>()
                .Select(p => p is ICloneable c ? (DbParameter)c.Clone() : p)
                .ToList();
            _commands.Enqueue(new CapturedCommand(command.CommandText, parameters));
        }
    }
}

public sealed record CapturedCommand(string Sql, IReadOnlyList<DbParameter> Parameters);
