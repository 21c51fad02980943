using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Customers.Events;

public sealed record CustomerProfileUpdated(Guid CustomerId, Guid ActorId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerContactsChanged(Guid CustomerId, Guid ActorId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerTagsChanged(
    Guid CustomerId, IReadOnlyList<string> Tags, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerNeedsRecorded(Guid CustomerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerEvaluated(Guid CustomerId, int Total, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ContactDetailsVerified(Guid CustomerId, Guid ActorId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record KeyDatesChanged(Guid CustomerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PotentialIssueRecorded(Guid CustomerId, Guid IssueId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PurchaseRecorded(
    Guid CustomerId, Guid PurchaseId, decimal Amount, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerStageChanged(
    Guid CustomerId, LifecycleStage? From, LifecycleStage To, StageTrigger Trigger, Guid ActorId,
    DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerGradeChanged(
    Guid CustomerId, CustomerGrade? From, CustomerGrade To, Guid ActorId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerGradeReviewed(
    Guid CustomerId, CustomerGrade Grade, Guid ActorId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record SupervisorGuideAssigned(
    Guid CustomerId, Guid SupervisorId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record RelationshipEstablished(Guid CustomerId, Guid DealId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerChurned(
    Guid CustomerId, string Reason, Guid ActorId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerArchived(Guid CustomerId, Guid ActorId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerRestored(Guid CustomerId, Guid ActorId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerClaimed(Guid CustomerId, Guid OwnerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerTransferred(
    Guid CustomerId, Guid? FromOwnerId, Guid ToOwnerId, Guid ActorId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerReleasedToPool(
    Guid CustomerId, Guid? PreviousOwnerId, string Reason, Guid ActorId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerMaintained(
    Guid CustomerId, int SatisfactionScore, int LoyaltyScore, Guid ActorId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerShared(Guid CustomerId, Guid UserId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerUnshared(Guid CustomerId, Guid UserId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomersMerged(
    Guid SurvivorId, Guid DuplicateId, Guid ActorId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerErased(Guid CustomerId, Guid ActorId, DateTimeOffset OccurredAt) : IDomainEvent;
