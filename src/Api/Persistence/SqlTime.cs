using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace CrmGraph.Api.Persistence;

/// <summary>
/// Instants as whole microseconds since 1970 inside a query, so durations can be subtracted, compared and summed in
/// SQL on both engines (SQLite already stores them so; PostgreSQL extracts the epoch of a timestamptz).
/// </summary>
public static class SqlTime
{
    private static readonly MethodInfo MicrosecondsMethod = typeof(SqlTime)
        .GetMethod(nameof(Microseconds), [typeof(DateTimeOffset)])!;
    private static readonly MethodInfo OptionalMicrosecondsMethod = typeof(SqlTime)
        .GetMethod(nameof(Microseconds), [typeof(DateTimeOffset?)])!;
    private static readonly LongTypeMapping Bigint = new("bigint");

    // Throwing bodies: a query that would evaluate these in memory fails loudly instead of counting rows in C#.

    /// <summary>Only inside a LINQ query that the database runs.</summary>
    public static long Microseconds(DateTimeOffset at) => throw NotInDatabase();

    /// <summary>Only inside a LINQ query that the database runs; null stays null.</summary>
    public static long? Microseconds(DateTimeOffset? at) => throw NotInDatabase();

    public static long ToMicroseconds(TimeSpan span) => span.Ticks / TimeSpan.TicksPerMicrosecond;

    private static InvalidOperationException NotInDatabase() =>
        new($"{nameof(SqlTime)}.{nameof(Microseconds)} runs only inside a database query.");

    public static TimeSpan FromMicroseconds(long microseconds) =>
        TimeSpan.FromTicks(microseconds * TimeSpan.TicksPerMicrosecond);

    /// <summary>SQLite: the stored integer is already the value.</summary>
    public static void MapForSqlite(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        foreach (var method in new[] { MicrosecondsMethod, OptionalMicrosecondsMethod })
        {
            modelBuilder.HasDbFunction(method).HasTranslation(args => new SqlUnaryExpression(
                ExpressionType.Convert, args[0], typeof(long), new LongTypeMapping("INTEGER")));
        }
    }

    /// <summary>
    /// PostgreSQL: round(date_part('epoch', at) * 1000000)::bigint (a double holds the microseconds of any date this
    /// side of year 2255 exactly enough to round).
    /// </summary>
    public static void MapForPostgres(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var text = new StringTypeMapping("text", System.Data.DbType.String);
        var real = new DoubleTypeMapping("double precision");
        foreach (var method in new[] { MicrosecondsMethod, OptionalMicrosecondsMethod })
        {
            modelBuilder.HasDbFunction(method).HasTranslation(args =>
            {
                var epoch = new SqlFunctionExpression(
                    "date_part", [new SqlConstantExpression("epoch", text), args[0]], nullable: true,
                    argumentsPropagateNullability: [false, true], typeof(double), real);
                var scaled = new SqlBinaryExpression(
                    ExpressionType.Multiply, epoch, new SqlConstantExpression(1_000_000d, real), typeof(double), real);
                var rounded = new SqlFunctionExpression(
                    "round", [scaled], nullable: true, argumentsPropagateNullability: [true], typeof(double), real);
                return new SqlUnaryExpression(ExpressionType.Convert, rounded, typeof(long), Bigint);
            });
        }
    }
}
