namespace CrmGraph.Domain.Common;

/// <summary>A past-tense fact raised by an aggregate; carries ids, never entities.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
