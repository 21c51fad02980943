using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CrmGraph.Api.Persistence;

/// <summary>Stores an instant as microseconds since the Unix epoch (UTC), PostgreSQL's own precision.</summary>
public sealed class UtcMicrosecondsConverter : ValueConverter<DateTimeOffset, long>
{
    public UtcMicrosecondsConverter()
        : base(v => ToMicroseconds(v), v => FromMicroseconds(v))
    {
    }

    public static long ToMicroseconds(DateTimeOffset value) =>
        (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    public static DateTimeOffset FromMicroseconds(long value) =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + (value * 10), TimeSpan.Zero);
}
