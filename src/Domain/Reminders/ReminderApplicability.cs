using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Reminders;

/// <summary>Whether a customer has an owner (负责人) or sits in the team pool (公海).</summary>
public enum PoolState
{
    Owned,
    Pooled,
}

/// <summary>Whether a customer's record is live, archived, merged into another, or erased (个人信息已删除).</summary>
public enum RecordState
{
    Live,
    Archived,
    Merged,
    Erased,
}

/// <summary>
/// The one table of which reminder kinds apply to a customer, by lifecycle stage, pool state and record state
/// (docs/reminders.md). Every rule asks it before anything else. Further conditions (a date within the lead time,
/// a reclaim clock running out) are the rules' own.
/// </summary>
public static class ReminderApplicability
{
    public static bool Applies(ReminderKind kind, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return Applies(kind, customer.Stage, PoolStateOf(customer), RecordStateOf(customer));
    }

    /// <summary>
    /// Only live, owned customers get reminders: nobody is reminded about the pool, an archived, merged or erased
    /// record. Among those, closed stages (Lost, Churned) get no daily or first-follow-up nagging and no weekly
    /// reviews; a churned customer's channel is a planned follow-up (a win-back call), its key dates and contracts.
    /// </summary>
    public static bool Applies(ReminderKind kind, LifecycleStage stage, PoolState pool, RecordState record)
    {
        if (record != RecordState.Live || pool != PoolState.Owned)
        {
            return false;
        }

        var closed = stage is LifecycleStage.Lost or LifecycleStage.Churned;
        return kind switch
        {
            // Someone planned it on purpose: a win-back call for a churned customer is reminded too.
            ReminderKind.FollowUpOverdue or ReminderKind.FollowUpDueSoon => stage != LifecycleStage.Lost,
            ReminderKind.KeyDateAhead or ReminderKind.ContractExpiring => stage != LifecycleStage.Lost,
            ReminderKind.GradeReviewStale or ReminderKind.ContactVerificationStale => !closed,
            ReminderKind.NewCustomerWithoutFollowUp => stage is LifecycleStage.Prospect or LifecycleStage.Qualified,
            ReminderKind.GradeAWithoutFollowUpToday => !closed,
            ReminderKind.PoolReclaimWarning or ReminderKind.PoolReclaimed => !closed,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No applicability for this kind."),
        };
    }

    public static PoolState PoolStateOf(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return customer.OwnerId is null ? PoolState.Pooled : PoolState.Owned;
    }

    /// <summary>Erased and merged records are archived too; the more specific state wins.</summary>
    public static RecordState RecordStateOf(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return customer.IsErased ? RecordState.Erased
            : customer.MergedIntoId is not null ? RecordState.Merged
            : customer.IsArchived ? RecordState.Archived
            : RecordState.Live;
    }
}
