using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers.Events;

namespace CrmGraph.Domain.Customers;

/// <summary>Maintaining the relationship (客户关系维护) and sharing the customer with colleagues (共享).</summary>
public sealed partial class Customer
{
    public const int MaxSharedWith = 20;
    private readonly List<Guid> _sharedWith = [];

    /// <summary>满意度评分 (1–5) from the latest maintenance review.</summary>
    public int? SatisfactionScore { get; private set; }

    /// <summary>忠诚度评分 (1–5) from the latest maintenance review.</summary>
    public int? LoyaltyScore { get; private set; }

    /// <summary>维护策略.</summary>
    public string? MaintenanceStrategy { get; private set; }

    /// <summary>Colleagues who may see this customer although they do not own it.</summary>
    public IReadOnlyCollection<Guid> SharedWith => _sharedWith;

    /// <summary>Records a maintenance review; the first one after signing moves the customer to maintaining.</summary>
    public void RecordMaintenance(
        int satisfactionScore, int loyaltyScore, string? strategy, Guid actorId, DateTimeOffset now)
    {
        CheckScore(satisfactionScore, "satisfactionScore", "满意度评分");
        CheckScore(loyaltyScore, "loyaltyScore", "忠诚度评分");
        var plan = Guard.OptionalText(strategy, "strategy", 2000, "维护策略");
        if (Stage is not (LifecycleStage.Established or LifecycleStage.Maintaining or LifecycleStage.WonBack
            or LifecycleStage.AtRisk))
        {
            throw new DomainException("NOT_ESTABLISHED", "Maintenance applies to customers with a signed " +
                "relationship.", "客户关系维护仅适用于已成交客户。", "stage");
        }

        EnsureActive();
        SatisfactionScore = satisfactionScore;
        LoyaltyScore = loyaltyScore;
        MaintenanceStrategy = plan ?? MaintenanceStrategy;
        Raise(new CustomerMaintained(Id, satisfactionScore, loyaltyScore, actorId, Guard.Utc(now)));
        Advance(StageTrigger.FirstMaintenance, actorId, now);
    }

    /// <summary>合作成果: what the cooperation has achieved so far.</summary>
    public void RecordCooperationResults(string results, Guid actorId, DateTimeOffset now)
    {
        var text = Guard.RequiredText(results, "results", 2000, "合作成果");
        if (Stage is LifecycleStage.Prospect or LifecycleStage.Qualified or LifecycleStage.FollowingUp
            or LifecycleStage.Lost)
        {
            throw new DomainException(
                "NOT_ESTABLISHED", "Cooperation results need a signed relationship.", "合作成果仅适用于已成交客户。", "stage");
        }

        EnsureActive();
        CooperationResults = text;
        Raise(new CustomerProfileUpdated(Id, actorId, Guard.Utc(now)));
    }

    /// <summary>Lets a colleague of the team see the customer (共享给同事).</summary>
    public void ShareWith(Guid colleagueId, DateTimeOffset now)
    {
        EnsureActive();
        if (colleagueId == OwnerId || _sharedWith.Contains(colleagueId))
        {
            return;
        }

        if (_sharedWith.Count >= MaxSharedWith)
        {
            throw new DomainException("TOO_MANY_SHARES", $"A customer may be shared with at most {MaxSharedWith} " +
                "colleagues.", $"每个客户最多共享给 {MaxSharedWith} 位同事。", "userId");
        }

        _sharedWith.Add(colleagueId);
        Raise(new CustomerShared(Id, colleagueId, Guard.Utc(now)));
    }

    public void StopSharingWith(Guid colleagueId, DateTimeOffset now)
    {
        if (_sharedWith.Remove(colleagueId))
        {
            Raise(new CustomerUnshared(Id, colleagueId, Guard.Utc(now)));
        }
    }

    private static void CheckScore(int score, string field, string chinese)
    {
        if (score is < 1 or > 5)
        {
            throw new DomainException(
                "SCORE_OUT_OF_RANGE", $"'{field}' must be 1 to 5; it is {score}.",
                $"{chinese}必须在 1 到 5 之间，当前为 {score}。", field);
        }
    }
}
