using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Service;

/// <summary>
/// 客户服务: a request and how it was handled. Response time runs from the request to the first answer. A complaint
/// (投诉) must be answered, resolved and revisited (回访) before it can close; other services close once resolved.
/// </summary>
public sealed class ServiceRecord : AggregateRoot, ICustomerRecord
{
    // Only for EF.
    private ServiceRecord()
    {
        Content = string.Empty;
    }

    private ServiceRecord(
        Guid id, Guid teamId, Guid customerId, Guid ownerId, ServiceType type, string content,
        DateTimeOffset requestedAt)
    {
        Id = id;
        TeamId = teamId;
        CustomerId = customerId;
        OwnerId = ownerId;
        Type = type;
        Content = content;
        RequestedAt = requestedAt;
        Status = ServiceStatus.Open;
    }

    public Guid TeamId { get; private set; }

    public Guid CustomerId { get; private set; }

    void ICustomerRecord.MoveToCustomer(Guid customerId) => CustomerId = customerId;

    public Guid OwnerId { get; private set; }

    public ServiceType Type { get; private set; }

    public ServiceStatus Status { get; private set; }

    public string Content { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset? RevisitedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? AnswerText { get; private set; }

    /// <summary>处理结果.</summary>
    public string? Result { get; private set; }

    /// <summary>回访结论.</summary>
    public string? RevisitNote { get; private set; }

    /// <summary>Whether the customer was satisfied (是否满意); known after the resolution or the revisit.</summary>
    public bool? Satisfied { get; private set; }

    public bool IsComplaint => Type == ServiceType.Complaint;

    /// <summary>Part of erasing the customer: what was said goes; type, steps and times stay for the figures.</summary>
    public void Redact()
    {
        Content = "[已删除]";
        AnswerText = AnswerText is null ? null : "[已删除]";
        Result = Result is null ? null : "[已删除]";
        RevisitNote = RevisitNote is null ? null : "[已删除]";
    }

    /// <summary>From request to first answer (响应时长); null while unanswered.</summary>
    public TimeSpan? ResponseTime => AnsweredAt - RequestedAt;

    public static ServiceRecord Open(
        Guid id, Guid teamId, Guid customerId, Guid ownerId, ServiceType type, string content,
        DateTimeOffset requestedAt, DateTimeOffset now)
    {
        var text = Guard.RequiredText(content, "content", 4000, "服务内容");
        if (requestedAt > now)
        {
            throw new DomainException(
                "REQUEST_IN_FUTURE", "'requestedAt' cannot be in the future.", "请求时间不能晚于现在。", "requestedAt");
        }

        var record = new ServiceRecord(id, teamId, customerId, ownerId, type, text, Guard.Utc(requestedAt));
        record.Raise(new ServiceRequested(id, customerId, type, record.RequestedAt));
        return record;
    }

    public void Answer(string answer, DateTimeOffset at)
    {
        var text = Guard.RequiredText(answer, "answer", 4000, "响应内容");
        Expect(ServiceStatus.Open, "answered");
        NotBefore(at, RequestedAt, "answeredAt");
        AnswerText = text;
        AnsweredAt = Guard.Utc(at);
        Status = ServiceStatus.Answered;
        Raise(new ServiceAnswered(Id, CustomerId, ResponseTime!.Value, AnsweredAt.Value));
    }

    public void Resolve(string result, bool? satisfied, DateTimeOffset at)
    {
        var text = Guard.RequiredText(result, "result", 4000, "处理结果");
        Expect(ServiceStatus.Answered, "resolved");
        NotBefore(at, RevisitedAt ?? AnsweredAt!.Value, "resolvedAt");
        Result = text;
        Satisfied = satisfied;
        ResolvedAt = Guard.Utc(at);
        Status = ServiceStatus.Resolved;
        Raise(new ServiceResolved(Id, CustomerId, ResolvedAt.Value));
    }

    /// <summary>
    /// The revisit (回访) confirms how the customer feels about the resolution. A complaint whose revisit finds the
    /// customer unsatisfied goes back to answered (reopened), to be resolved and revisited again.
    /// </summary>
    public void Revisit(string note, bool satisfied, DateTimeOffset at)
    {
        var text = Guard.RequiredText(note, "note", 2000, "回访结论");
        Expect(ServiceStatus.Resolved, "revisited");
        NotBefore(at, ResolvedAt!.Value, "revisitedAt");
        RevisitNote = text;
        Satisfied = satisfied;
        RevisitedAt = Guard.Utc(at);
        Status = IsComplaint && !satisfied ? ServiceStatus.Answered : ServiceStatus.Revisited;
        Raise(new ServiceRevisited(Id, CustomerId, satisfied, RevisitedAt.Value));
    }

    /// <summary>Closes the service; a complaint only after a revisit that found the customer satisfied.</summary>
    public void Close(DateTimeOffset at)
    {
        if (IsComplaint && (Status != ServiceStatus.Revisited || Satisfied != true))
        {
            throw new DomainException(
                "COMPLAINT_NEEDS_REVISIT",
                "A complaint closes only after a revisit confirms the customer is satisfied.",
                "投诉须经回访确认客户满意后才能关闭。",
                "status");
        }

        if (!IsComplaint && Status is not (ServiceStatus.Resolved or ServiceStatus.Revisited))
        {
            throw new DomainException(
                "SERVICE_NOT_RESOLVED", "Resolve the service before closing it.", "请先解决再关闭该服务。", "status");
        }

        Status = ServiceStatus.Closed;
        ClosedAt = Guard.Utc(at);
        Raise(new ServiceClosed(Id, CustomerId, ClosedAt.Value));
    }

    private void Expect(ServiceStatus status, string step)
    {
        if (Status != status)
        {
            throw new DomainException(
                "SERVICE_STEP_OUT_OF_ORDER",
                $"The service is {Status.ToString().ToLowerInvariant()}; it can be {step} only when " +
                $"{status.ToString().ToLowerInvariant()}.",
                $"服务当前状态为“{Status}”，不能执行此步骤（须为“{status}”）。",
                "status");
        }
    }

    private static void NotBefore(DateTimeOffset at, DateTimeOffset earlier, string field)
    {
        if (at < earlier)
        {
            throw new DomainException(
                "STEP_BEFORE_PREVIOUS", $"'{field}' cannot be before the previous step.", "时间不能早于上一步骤。", field);
        }
    }
}

public sealed record ServiceRequested(
    Guid ServiceId, Guid CustomerId, ServiceType Type, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ServiceAnswered(
    Guid ServiceId, Guid CustomerId, TimeSpan ResponseTime, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ServiceResolved(Guid ServiceId, Guid CustomerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ServiceRevisited(
    Guid ServiceId, Guid CustomerId, bool Satisfied, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ServiceClosed(Guid ServiceId, Guid CustomerId, DateTimeOffset OccurredAt) : IDomainEvent;
