using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Retention;

/// <summary>Win-back outcome. 挽回效果。</summary>
public enum WinBackOutcome
{
    /// <summary>Pending. 进行中。</summary>
    Pending,

    /// <summary>Won back. 挽回成功。</summary>
    WonBack,

    /// <summary>Failed. 挽回失败。</summary>
    Failed,
}

/// <summary>
/// 客户流失预防与挽回: an at-risk or churned customer, the churn reason (流失原因), the measures taken
/// (挽回措施) and their effect (挽回效果). A success wins the customer back in the lifecycle.
/// </summary>
public sealed class WinBackAttempt : AggregateRoot, ICustomerRecord
{
    // Only for EF.
    private WinBackAttempt()
    {
        ChurnReason = string.Empty;
        Measures = string.Empty;
    }

    private WinBackAttempt(
        Guid id, Guid teamId, Guid customerId, Guid ownerId, string churnReason, string measures,
        DateTimeOffset startedAt)
    {
        Id = id;
        TeamId = teamId;
        CustomerId = customerId;
        OwnerId = ownerId;
        ChurnReason = churnReason;
        Measures = measures;
        StartedAt = startedAt;
        Outcome = WinBackOutcome.Pending;
    }

    public Guid TeamId { get; private set; }

    public Guid CustomerId { get; private set; }

    void ICustomerRecord.MoveToCustomer(Guid customerId) => CustomerId = customerId;

    public Guid OwnerId { get; private set; }

    public string ChurnReason { get; private set; }

    public string Measures { get; private set; }

    public WinBackOutcome Outcome { get; private set; }

    public string? Effect { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>Part of erasing the customer: the notes go, the outcome stays for the figures.</summary>
    public void Redact()
    {
        ChurnReason = "[已删除]";
        Measures = "[已删除]";
        Effect = Effect is null ? null : "[已删除]";
    }

    public static WinBackAttempt Start(
        Guid id, Customer customer, Guid ownerId, string churnReason, string measures, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var reason = Guard.RequiredText(churnReason, "churnReason", 500, "流失原因");
        var steps = Guard.RequiredText(measures, "measures", 2000, "挽回措施");
        if (customer.Stage is not (LifecycleStage.AtRisk or LifecycleStage.Churned))
        {
            throw new DomainException("NOT_AT_RISK", "A win-back starts for an at-risk or churned customer; mark the " +
                "risk first.", "挽回仅适用于有流失风险或已流失的客户。", "customerId");
        }

        var attempt = new WinBackAttempt(id, customer.TeamId, customer.Id, ownerId, reason, steps, Guard.Utc(now));
        attempt.Raise(new WinBackStarted(id, customer.Id, attempt.StartedAt));
        return attempt;
    }

    /// <summary>Records the effect; a success wins the customer back (挽回成功).</summary>
    public void Conclude(Customer customer, bool wonBack, string effect, Guid actorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var text = Guard.RequiredText(effect, "effect", 2000, "挽回效果");
        if (Outcome != WinBackOutcome.Pending)
        {
            throw new DomainException("WIN_BACK_CONCLUDED", "This win-back is already concluded.", "该挽回记录已结束。");
        }

        if (customer.Id != CustomerId)
        {
            throw new DomainException(
                "NOT_FOUND", "The win-back belongs to another customer.", "该挽回记录属于其他客户。", "customerId");
        }

        Outcome = wonBack ? WinBackOutcome.WonBack : WinBackOutcome.Failed;
        Effect = text;
        EndedAt = Guard.Utc(now);
        if (wonBack)
        {
            customer.Advance(StageTrigger.WonBack, actorId, now);
        }

        Raise(new WinBackConcluded(Id, CustomerId, wonBack, EndedAt.Value));
    }
}

public sealed record WinBackStarted(Guid WinBackId, Guid CustomerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record WinBackConcluded(
    Guid WinBackId, Guid CustomerId, bool WonBack, DateTimeOffset OccurredAt) : IDomainEvent;
