using CrmGraph.Domain.Common;
using CrmGraph.Domain.Retention;
using CrmGraph.Domain.Users;

namespace CrmGraph.Domain.Customers;

/// <summary>Observed churn risk (流失预警) and guides that are really supervisors.</summary>
public sealed partial class Customer
{
    /// <summary>
    /// At-risk signals were observed (see <see cref="ChurnSignals"/>): an established, maintained or won-back
    /// customer moves to at risk. Returns whether the stage changed; without a signal nothing justifies the move.
    /// </summary>
    public bool ObserveChurnRisk(IReadOnlyCollection<ChurnSignal> signals, Guid actorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signals);
        if (signals.Count == 0)
        {
            throw new DomainException("NO_RISK_SIGNAL", "Name at least one at-risk signal; to move the stage by " +
                "hand, give a reason instead.", "请至少给出一个流失预警信号；手动调整阶段请填写原因。", "signals");
        }

        EnsureActive();
        return Advance(StageTrigger.RiskObserved, actorId, now);
    }

    /// <summary>
    /// Names the supervisor who guides this customer, checking they are an active supervisor of its team.
    /// </summary>
    public void AssignSupervisorGuide(User supervisor, DateTimeOffset now)
    {
        CheckSupervisorGuide(supervisor, TeamId);
        AssignSupervisorGuide(supervisor.Id, now);
    }

    /// <summary>The guide of a customer (A级客户由主管亲自跟进指导) must be an active supervisor of the customer's team.</summary>
    public static void CheckSupervisorGuide(User guide, Guid teamId)
    {
        ArgumentNullException.ThrowIfNull(guide);
        if (guide.Role != UserRole.Supervisor || guide.TeamId != teamId || !guide.IsActive)
        {
            throw new DomainException(
                "GUIDE_NOT_SUPERVISOR",
                "The guide of a customer must be an active supervisor of its team.",
                "客户的指导人必须是本团队在职的销售主管。",
                "supervisorGuideId");
        }
    }
}
