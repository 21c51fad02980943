namespace CrmGraph.Api.Identity;

/// <summary>Makes the ids the domain receives. Time-ordered (UUID v7) in production; sequential in tests.</summary>
public interface IIdGenerator
{
    Guid NewId();
}

public sealed class TimeOrderedIdGenerator(TimeProvider time) : IIdGenerator
{
    public Guid NewId() => Guid.CreateVersion7(time.GetUtcNow());
}
