using CrmGraph.Domain.Common;

namespace CrmGraph.Api.Persistence.Concurrency;

/// <summary>
/// The aggregate changed since the caller read it: either the caller sent an <c>expectedVersion</c> that is no longer
/// current, or another writer saved first while this change was being made. Nothing was saved.
/// </summary>
public sealed class StaleVersionException(string? field, int? currentVersion)
    : DomainException(
        "STALE_VERSION",
        currentVersion is { } v
            ? $"It was changed by someone else since you read it (now at version {v}); read it again and retry."
            : "It was changed by someone else while your change was being saved; read it again and retry.",
        currentVersion is { } cv
            ? $"数据在您读取后已被他人修改（当前版本 {cv}），请重新读取后再试。"
            : "保存时数据已被他人修改，请重新读取后再试。",
        field)
{
    public int? CurrentVersion { get; } = currentVersion;

    /// <summary>Refuses the change when the caller read an older version than the one loaded now.</summary>
    public static void ThrowIfStale(AggregateRoot aggregate, int? expectedVersion, string field = "expectedVersion")
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        if (expectedVersion is { } expected && expected != aggregate.Version)
        {
            throw new StaleVersionException(field, aggregate.Version);
        }
    }
}
