namespace CrmGraph.Domain.Customers;

/// <summary>One move of the lifecycle (阶段变更记录): from, to, what justified it, who, when and why.</summary>
public sealed record StageChange(
    LifecycleStage? From, LifecycleStage To, StageTrigger Trigger, string? Reason, Guid ActorId, DateTimeOffset At);

/// <summary>One change of grade (客户分级表): from, to, the reason (升级/降级原因), who and when.</summary>
public sealed record GradeChange(CustomerGrade? From, CustomerGrade To, string Reason, Guid ActorId, DateTimeOffset At);
