using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CrmGraph.Api.Tests.Fixtures;

/// <summary>
/// Counts the SQL commands the server sends for requests, to prove batching keeps them bounded. The access log's
/// background writes (customer_accesses) are not a request's and are not counted.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        CountUnlessBackground(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        CountUnlessBackground(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void CountUnlessBackground(DbCommand command)
    {
        if (!command.CommandText.Contains("customer_accesses", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
