using CrmGraph.Api.Identity;

namespace CrmGraph.Api.Tests.Fixtures;

/// <summary>Ids 00000000-0000-7000-8000-000000000001, …2, … so snapshots do not change between runs.</summary>
public sealed class SequentialIds : IIdGenerator
{
    private long _next;

    public Guid NewId() => Guid.Parse($"00000000-0000-7000-8000-{Interlocked.Increment(ref _next):D12}");

    /// <summary>
    /// Continues after <paramref name="count"/> (a second node on the same database must not repeat the first's ids).
    /// </summary>
    public void StartAfter(long count) => Interlocked.Exchange(ref _next, count);
}
